import type { MapLayout } from "@/lib/collaboration/alignment-map";
import { escapeHtml } from "@/lib/html/escape-html";

/**
 * The map's members as SVG markup: a circle each (the viewer's in the accent colour, those the
 * search and filters leave out dimmed), with the member's initials when there is room and the
 * name as the circle's title. A partnership of 200 puts 200 groups on the map, so they are written
 * as one string, as the matrix's rows are (see matrix-html.ts). Names are escaped.
 */
export function mapMembersSvg(members: MapLayout["members"], shown: ReadonlySet<string>, viewerMembershipId: string | undefined): string {
  const small = members.length > 30;
  const radius = small ? 9 : 16;
  return members
    .map((member) => {
      const fill = member.membershipId === viewerMembershipId ? "#d48a1a" : "#17655f";
      const initialsText = small ? "" : `<text x="${member.x}" y="${member.y + 4}" text-anchor="middle" font-size="11" font-weight="700" fill="#ffffff">${escapeHtml(initials(member.name))}</text>`;
      return `<g opacity="${shown.has(member.membershipId) ? 1 : 0.35}"><circle cx="${member.x}" cy="${member.y}" r="${radius}" fill="${fill}" stroke="#ffffff" stroke-width="2"/>${initialsText}<title>${escapeHtml(member.name)}</title></g>`;
    })
    .join("");
}

/** The map's text alternative: one list item per member, the best aligned first, each text escaped. */
export function mapListHtml(members: MapLayout["members"], listItem: (member: MapLayout["members"][number]) => string): string {
  return [...members]
    .sort((a, b) => (b.alignment ?? 0) - (a.alignment ?? 0) || a.name.localeCompare(b.name))
    .map((member) => `<li>${escapeHtml(listItem(member))}</li>`)
    .join("");
}

/** Up to two initials: the first letters of the name's capitalised parts ("Olga van Dijk": OD). */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((part) => /^\p{Lu}/u.test(part))
    .map((part) => part[0])
    .join("")
    .slice(0, 2);
}
