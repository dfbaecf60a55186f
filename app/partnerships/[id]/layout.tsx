import { getTranslations } from "next-intl/server";
import { PartnershipTabs } from "@/components/partnership/partnership-tabs";
import { requireMember } from "@/lib/guards";
import { getPartnershipHeader } from "@/lib/partnerships/get-partnership-header";

export default async function PartnershipLayout({ children, params }: LayoutProps<"/partnerships/[id]">) {
  const { id } = await params;
  const { membership } = await requireMember(id);
  const partnership = await getPartnershipHeader(id);
  const t = await getTranslations("partnership");
  const base = `/partnerships/${id}`;
  const facilitator = membership.role === "FACILITATOR";
  const tabs = [
    // The view's detail pages (matrix, map, shared ground, handout, since the last session) belong to it.
    { href: base, label: t("tabs.overview"), exact: true, also: ["needs", "map", "shared-ground", "handout", "since-last-session"].map((page) => `${base}/${page}`) },
    { href: `${base}/members`, label: t("tabs.members") },
    { href: `${base}/role`, label: t("tabs.myRole") },
    { href: `${base}/kickoff`, label: t("tabs.kickoff") },
    { href: `${base}/sessions`, label: t("tabs.sessions") },
    ...(facilitator
      ? [
          { href: `${base}/edit`, label: t("tabs.edit") },
          { href: `${base}/report`, label: t("tabs.report") },
        ]
      : []),
  ];
  return (
    <div className="space-y-6">
      <div className="no-print space-y-2 border-b border-line pb-3">
        <p className="text-sm text-muted">{partnership.name}</p>
        <PartnershipTabs tabs={tabs} label={t("tabsLabel")} />
      </div>
      {children}
    </div>
  );
}
