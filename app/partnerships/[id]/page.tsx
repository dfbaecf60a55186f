import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlignmentMap } from "@/components/collaboration/alignment-map";
import { ContributionsMatrix } from "@/components/collaboration/contributions-matrix";
import { GoalPanel } from "@/components/collaboration/goal-panel";
import { MemberCard } from "@/components/collaboration/member-card";
import { PrintButton } from "@/components/ui/print-button";
import { SharedGround } from "@/components/collaboration/shared-ground";
import { ViewFilters } from "@/components/collaboration/view-filters";
import { KickoffPanel } from "@/components/kickoff/kickoff-panel";
import { getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { requireMember } from "@/lib/guards";
import { getPartnershipHeader } from "@/lib/partnerships/get-partnership-header";
import { parseCollaborationFilters } from "@/lib/validation/collaboration";
import { startKickoffAction } from "./kickoff/actions";

export async function generateMetadata({ params }: PageProps<"/partnerships/[id]">): Promise<Metadata> {
  const { id } = await params;
  await requireMember(id);
  return { title: (await getPartnershipHeader(id)).name };
}

export default async function CollaborationViewPage({ params, searchParams }: PageProps<"/partnerships/[id]">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const partnership = await getPartnershipHeader(id);
  const filters = parseCollaborationFilters(await searchParams);
  const view = await getCollaborationView(partnership, { userId: user.id, role: membership.role }, filters);
  const t = await getTranslations("collaboration");
  const filtered = Boolean(filters.organisation || filters.needId || filters.role);

  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-accent-700">{t("pageTitle")}</p>
          <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{view.partnership.name}</h1>
        </div>
        <PrintButton label={t("print")} className="px-3 py-1.5 text-sm" />
      </div>
      <KickoffPanel partnershipId={id} membership={membership} startAction={startKickoffAction} />

      <GoalPanel view={view} facilitator={membership.role === "FACILITATOR"} />

      <section aria-labelledby="members-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="members-title" className="font-serif text-2xl font-semibold">
            {t("membersTitle")}
          </h2>
          <p className="text-sm text-muted" aria-live="polite">
            {t("membersCount", { shown: view.members.length, total: view.memberCount, filtered: filtered ? "true" : "false" })}
          </p>
        </div>
        <ViewFilters view={view} />
        {view.members.length === 0 ? (
          <p className="rounded-xl border border-dashed border-line bg-surface p-6 text-muted">{t("emptyMembers")}</p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
            {view.members.map((member) => (
              <MemberCard key={member.membershipId} member={member} partnershipId={view.partnership.id} />
            ))}
          </div>
        )}
      </section>

      <ContributionsMatrix view={view} />
      <SharedGround view={view} />
      <AlignmentMap view={view} />
    </div>
  );
}
