import { useFormatter, useTranslations } from "next-intl";
import type { MapLayout } from "@/lib/collaboration/alignment-map";

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter((part) => /^\p{Lu}/u.test(part))
    .map((part) => part[0])
    .join("")
    .slice(0, 2);
}

function linkPath(links: { x1: number; y1: number; x2: number; y2: number }[]) {
  return links.map((link) => `M${link.x1} ${link.y1}L${link.x2} ${link.y2}`).join("");
}

type Props = {
  map: MapLayout;
  /** The members the search and filters leave: the others are dimmed. */
  shown: ReadonlySet<string>;
  viewerMembershipId: string | undefined;
  headingLevel?: 1 | 2;
  /** The search and filters form, shown under the introduction. */
  filters?: React.ReactNode;
};

/** Goal in the middle, needs around it, members nearer the middle the better they align. */
export function AlignmentMap({ map, shown, viewerMembershipId, headingLevel = 2, filters }: Props) {
  const t = useTranslations("collaboration");
  const format = useFormatter();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const needNumber = new Map(map.needs.map((need, index) => [need.id, index + 1]));
  const needTitle = new Map(map.needs.map((need) => [need.id, need.title]));
  const needsOf = new Map<string, string[]>();
  for (const link of map.links) needsOf.set(link.membershipId, [...(needsOf.get(link.membershipId) ?? []), needTitle.get(link.needId) ?? ""]);
  const allCards = map.members;
  const small = allCards.length > 30;
  const alignmentSaid = new Map<number | null, string>();
  const said = (alignment: number | null) => {
    let text = alignmentSaid.get(alignment);
    if (text === undefined) alignmentSaid.set(alignment, (text = alignment ? t("alignmentValue", { value: alignment }) : t("alignmentNone")));
    return text;
  };

  return (
    <section aria-labelledby="map-title" className="space-y-3 break-before-page">
      <div>
        <Heading id="map-title" className={headingLevel === 1 ? "font-serif text-3xl font-semibold sm:text-4xl" : "font-serif text-2xl font-semibold"}>
          {t("mapTitle")}
        </Heading>
        <p className="text-muted">{t("mapIntro")}</p>
      </div>
      {filters}
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <figure className="rounded-xl border border-line bg-surface p-3 shadow-sm">
          <svg viewBox={`0 0 ${map.size} ${map.size}`} role="img" aria-labelledby="map-alt" className="mx-auto h-auto w-full max-w-[640px]">
            <title id="map-alt">{t("mapAlt", { count: allCards.length })}</title>
            {map.rings.map((ring) => (
              <g key={ring.alignment}>
                <circle cx={map.centre} cy={map.centre} r={ring.radius} fill="none" stroke="#d5ecea" strokeDasharray="3 5" />
                <text x={map.centre + 4} y={map.centre - ring.radius - 3} fontSize="10" fill="#5b6669">
                  {ring.alignment}
                </text>
              </g>
            ))}
            {/* All lines as two paths (highlighted and dimmed): hundreds of elements fewer. */}
            <path d={linkPath(map.links.filter((link) => !shown.has(link.membershipId)))} stroke="#d9dedc" strokeOpacity={0.5} strokeWidth="1.2" fill="none" />
            <path d={linkPath(map.links.filter((link) => shown.has(link.membershipId)))} stroke="#1f7f7a" strokeOpacity={0.35} strokeWidth="1.2" fill="none" />
            <circle cx={map.centre} cy={map.centre} r={map.goalRadius} fill="#0b2f2d" />
            <text x={map.centre} y={map.centre + 5} textAnchor="middle" fontSize="15" fontWeight="700" fill="#ffffff">
              {t("mapGoal")}
            </text>
            {map.needs.map((need) => (
              <g key={need.id}>
                <rect x={need.x - 11} y={need.y - 11} width="22" height="22" rx="5" fill="#d48a1a" />
                <text x={need.x} y={need.y + 4} textAnchor="middle" fontSize="11" fontWeight="700" fill="#ffffff">
                  {needNumber.get(need.id)}
                </text>
                <title>{need.title}</title>
              </g>
            ))}
            {allCards.map((member) => {
              const highlighted = shown.has(member.membershipId);
              const radius = small ? 9 : 16;
              return (
                <g key={member.membershipId} opacity={highlighted ? 1 : 0.35}>
                  <circle cx={member.x} cy={member.y} r={radius} fill={member.membershipId === viewerMembershipId ? "#d48a1a" : "#17655f"} stroke="#ffffff" strokeWidth="2" />
                  {small ? null : (
                    <text x={member.x} y={member.y + 4} textAnchor="middle" fontSize="11" fontWeight="700" fill="#ffffff">
                      {initials(member.name)}
                    </text>
                  )}
                  <title>{member.name}</title>
                </g>
              );
            })}
          </svg>
          <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
            {map.needs.map((need) => (
              <span key={need.id}>
                <span className="font-semibold text-accent-700">{needNumber.get(need.id)}</span> {need.title}
              </span>
            ))}
          </figcaption>
        </figure>
        <div className="rounded-xl border border-line bg-surface p-5 text-sm shadow-sm">
          <h3 className="font-semibold">{t("mapListTitle")}</h3>
          <ul className="map-list">
            {[...allCards]
              .sort((a, b) => (b.alignment ?? 0) - (a.alignment ?? 0) || a.name.localeCompare(b.name))
              .map((member) => {
                const needs = needsOf.get(member.membershipId) ?? [];
                return (
                  <li key={member.membershipId}>
                    {t("mapListItem", {
                      name: member.name,
                      alignment: said(member.alignment),
                      needs: needs.length ? format.list(needs) : t("mapNoNeeds"),
                    })}
                  </li>
                );
              })}
          </ul>
        </div>
      </div>
    </section>
  );
}
