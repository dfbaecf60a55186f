import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackToView } from "@/components/collaboration/back-to-view";
import { ContributionsMatrix } from "@/components/collaboration/contributions-matrix";
import { ViewFilters } from "@/components/collaboration/view-filters";
import { getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { viewHref } from "@/lib/collaboration/view-href";
import { requireMember } from "@/lib/guards";
import { getPartnershipHeader } from "@/lib/partnerships/get-partnership-header";
import { parseCollaborationFilters } from "@/lib/validation/collaboration";

export async function generateMetadata({ params }: PageProps<"/partnerships/[id]/needs">): Promise<Metadata> {
  const { id } = await params;
  await requireMember(id);
  const t = await getTranslations("collaboration");
  return { title: `${t("matrixTitle")} · ${(await getPartnershipHeader(id)).name}` };
}

/** The needs x members matrix of the collaboration view, on a page of its own. */
export default async function NeedsPage({ params, searchParams }: PageProps<"/partnerships/[id]/needs">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const partnership = await getPartnershipHeader(id);
  const filters = parseCollaborationFilters(await searchParams);
  const view = await getCollaborationView(partnership, { userId: user.id, role: membership.role }, filters);
  const base = `/partnerships/${id}`;
  return (
    <div className="space-y-4">
      <BackToView href={viewHref(base, view.filters)} />
      <ContributionsMatrix
        partnershipId={id}
        matrix={view.matrix}
        headingLevel={1}
        filters={<ViewFilters path={`${base}/needs`} filters={view.filters} options={view.filterOptions} />}
      />
    </div>
  );
}
