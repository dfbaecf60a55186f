import { useFormatter, useTranslations } from "next-intl";
import type { MapLayout } from "@/lib/collaboration/alignment-map";
import { mapListHtml, mapMembersSvg } from "@/lib/collaboration/map-html";
import { formatOnce } from "@/lib/i18n/format-once";
import { messageTemplate } from "@/lib/i18n/message-template";

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
  for (const link of map.links) {
    const titles = needsOf.get(link.membershipId) ?? [];
    titles.push(needTitle.get(link.needId) ?? "");
    needsOf.set(link.membershipId, titles);
  }
  const allCards = map.members;
  const alignmentValue = formatOnce((value: number) => t("alignmentValue", { value }));
  const listItem = messageTemplate((values: { name: string; alignment: string; needs: string }) => t("mapListItem", values), ["name", "alignment", "needs"]);
  const list = mapListHtml(allCards, (member) => {
    const needs = needsOf.get(member.membershipId) ?? [];
    return listItem({
      name: member.name,
      alignment: member.alignment ? alignmentValue(member.alignment) : t("alignmentNone"),
      needs: needs.length ? format.list(needs) : t("mapNoNeeds"),
    });
  });

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
            {/* The members, one group each, written as markup (lib/collaboration/map-html.ts). */}
            <g dangerouslySetInnerHTML={{ __html: mapMembersSvg(allCards, shown, viewerMembershipId) }} />
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
          <ul className="map-list" dangerouslySetInnerHTML={{ __html: list }} />
        </div>
      </div>
    </section>
  );
}
