import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlignmentMap } from "@/components/collaboration/alignment-map";
import { BackToView } from "@/components/collaboration/back-to-view";
import { ViewFilters } from "@/components/collaboration/view-filters";
import { getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { viewHref } from "@/lib/collaboration/view-href";
import { requireMember } from "@/lib/guards";
import { getPartnershipHeader } from "@/lib/partnerships/get-partnership-header";
import { parseCollaborationFilters } from "@/lib/validation/collaboration";

export async function generateMetadata({ params }: PageProps<"/partnerships/[id]/map">): Promise<Metadata> {
  const { id } = await params;
  await requireMember(id);
  const t = await getTranslations("collaboration");
  return { title: `${t("mapTitle")} · ${(await getPartnershipHeader(id)).name}` };
}

/** The map of missions around the goal, with its text alternative, on a page of its own. */
export default async function MapPage({ params, searchParams }: PageProps<"/partnerships/[id]/map">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const partnership = await getPartnershipHeader(id);
  const filters = parseCollaborationFilters(await searchParams);
  const view = await getCollaborationView(partnership, { userId: user.id, role: membership.role }, filters);
  const base = `/partnerships/${id}`;
  return (
    <div className="space-y-4">
      <BackToView href={viewHref(base, view.filters)} />
      <AlignmentMap
        map={view.map}
        shown={new Set(view.members.map((member) => member.membershipId))}
        viewerMembershipId={membership.id}
        headingLevel={1}
        filters={<ViewFilters path={`${base}/map`} filters={view.filters} options={view.filterOptions} />}
      />
    </div>
  );
}
