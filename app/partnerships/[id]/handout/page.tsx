import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlignmentMap } from "@/components/collaboration/alignment-map";
import { BackToView } from "@/components/collaboration/back-to-view";
import { ContributionsMatrix } from "@/components/collaboration/contributions-matrix";
import { GoalPanel } from "@/components/collaboration/goal-panel";
import { HandoutMemberCard } from "@/components/collaboration/handout-member-card";
import { SharedGround } from "@/components/collaboration/shared-ground";
import { PrintButton } from "@/components/ui/print-button";
import { getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { requireMember } from "@/lib/guards";
import { getPartnershipHeader } from "@/lib/partnerships/get-partnership-header";

export async function generateMetadata({ params }: PageProps<"/partnerships/[id]/handout">): Promise<Metadata> {
  const { id } = await params;
  await requireMember(id);
  const t = await getTranslations("collaboration");
  return { title: `${t("handoutTitle")} · ${(await getPartnershipHeader(id)).name}` };
}

/**
 * The printable handout: the whole partnership as the viewer may see it, every member in full,
 * the matrix, the shared ground and the map. Heavy for a large partnership, so the view links
 * to it rather than being it.
 */
export default async function HandoutPage({ params }: PageProps<"/partnerships/[id]/handout">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const view = await getCollaborationView(await getPartnershipHeader(id), { userId: user.id, role: membership.role });
  const t = await getTranslations("collaboration");
  return (
    <div className="space-y-10">
      <BackToView href={`/partnerships/${id}`} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-accent-700">{t("handoutTitle")}</p>
          <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{view.partnership.name}</h1>
          <p className="no-print mt-1 max-w-2xl text-muted">{t("handoutIntro")}</p>
        </div>
        <PrintButton label={t("print")} className="px-3 py-1.5 text-sm" />
      </div>
      <GoalPanel partnership={view.partnership} coverage={view.matrix.rows} facilitator={membership.role === "FACILITATOR"} />
      <section aria-labelledby="members-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="members-title" className="font-serif text-2xl font-semibold">
            {t("membersTitle")}
          </h2>
          <p className="text-sm text-muted">{t("countLabel", { count: view.memberCount })}</p>
        </div>
        <div className="cards">
          {view.members.map((member) => (
            <HandoutMemberCard key={member.membershipId} member={member} partnershipId={id} />
          ))}
        </div>
      </section>
      <ContributionsMatrix partnershipId={id} matrix={view.matrix} />
      <SharedGround values={view.values} skills={view.skills} />
      <AlignmentMap map={view.map} shown={new Set(view.members.map((member) => member.membershipId))} viewerMembershipId={membership.id} />
    </div>
  );
}
