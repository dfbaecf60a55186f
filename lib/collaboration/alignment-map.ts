/**
 * Geometry of the visual map: the common goal in the middle, the needs on a ring around it, the
 * members further out, nearer the middle the better their mission aligns with the goal.
 * Coordinates are in a square of side `size`, centred.
 */
export type MapInput = {
  needs: { id: string; title: string }[];
  members: { membershipId: string; name: string; alignment: number | null; needIds: string[] }[];
  size?: number;
};

export type MapLayout = {
  size: number;
  centre: number;
  goalRadius: number;
  needs: { id: string; title: string; x: number; y: number }[];
  members: { membershipId: string; name: string; alignment: number | null; x: number; y: number; radius: number }[];
  links: { membershipId: string; needId: string; x1: number; y1: number; x2: number; y2: number }[];
  rings: { alignment: number; radius: number }[];
};

const TAU = Math.PI * 2;

/** Distance from the centre for an alignment of 5 (nearest) down to 1, and unrated (farthest). */
export function ringRadius(alignment: number | null, size: number): number {
  const inner = size * 0.27;
  const outer = size * 0.46;
  const level = alignment === null ? 0 : Math.min(5, Math.max(1, alignment));
  return outer - ((outer - inner) * level) / 5;
}

export function alignmentMap({ needs, members, size = 640 }: MapInput): MapLayout {
  const centre = size / 2;
  const needRadius = size * 0.17;
  const point = (radius: number, angle: number) => ({
    x: round(centre + radius * Math.cos(angle)),
    y: round(centre + radius * Math.sin(angle)),
  });

  const needPoints = needs.map((need, index) => ({
    id: need.id,
    title: need.title,
    ...point(needRadius, (index / Math.max(needs.length, 1)) * TAU - Math.PI / 2),
  }));
  const needById = new Map(needPoints.map((need) => [need.id, need]));

  const memberPoints = members.map((member, index) => {
    // Offset by half a step so that members do not sit on the same spokes as the needs.
    const angle = ((index + 0.5) / Math.max(members.length, 1)) * TAU - Math.PI / 2;
    const radius = ringRadius(member.alignment, size);
    return { membershipId: member.membershipId, name: member.name, alignment: member.alignment, radius: round(radius), ...point(radius, angle) };
  });

  const links = members.flatMap((member, index) =>
    member.needIds.flatMap((needId) => {
      const need = needById.get(needId);
      const from = memberPoints[index];
      return need && from ? [{ membershipId: member.membershipId, needId, x1: from.x, y1: from.y, x2: need.x, y2: need.y }] : [];
    }),
  );

  const rings = [5, 4, 3, 2, 1].map((alignment) => ({ alignment, radius: round(ringRadius(alignment, size)) }));
  return { size, centre, goalRadius: round(size * 0.085), needs: needPoints, members: memberPoints, links, rings };
}

function round(value: number) {
  return Math.round(value * 10) / 10;
}
