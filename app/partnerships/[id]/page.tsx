import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GoalPanel } from "@/components/collaboration/goal-panel";
import { MemberCards } from "@/components/collaboration/member-cards";
import { MemberPager } from "@/components/collaboration/member-pager";
import { SharedGroundSummary } from "@/components/collaboration/shared-ground-summary";
import { ViewFilters } from "@/components/collaboration/view-filters";
import { buttonClass } from "@/components/ui/button";
import { KickoffPanel } from "@/components/kickoff/kickoff-panel";
import { buildOverview } from "@/lib/collaboration/build-overview";
import { getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { viewHref } from "@/lib/collaboration/view-href";
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
  const { page, ...filters } = parseCollaborationFilters(await searchParams);
  const view = buildOverview(await getCollaborationView(partnership, { userId: user.id, role: membership.role }, filters), page);
  const t = await getTranslations("collaboration");
  const base = `/partnerships/${id}`;
  const { members } = view;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-accent-700">{t("pageTitle")}</p>
          <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{view.partnership.name}</h1>
        </div>
        <Link href={`${base}/handout`} prefetch={false} className={buttonClass("secondary", "no-print px-3 py-1.5 text-sm")}>
          {t("print")}
        </Link>
      </div>
      <KickoffPanel partnershipId={id} membership={membership} startAction={startKickoffAction} />

      <GoalPanel
        partnership={view.partnership}
        coverage={view.coverage}
        facilitator={membership.role === "FACILITATOR"}
        links={
          <nav aria-label={t("detailLinks")} className="detail-links no-print">
            <Link href={viewHref(`${base}/needs`, view.filters)} prefetch={false}>
              {t("matrixTitle")}
            </Link>
            <Link href={viewHref(`${base}/map`, view.filters)} prefetch={false}>
              {t("mapTitle")}
            </Link>
            <Link href={`${base}/since-last-session`} prefetch={false}>
              {(await getTranslations("changes"))("link")}
            </Link>
          </nav>
        }
      />

      <SharedGroundSummary values={view.values} skills={view.skills} allHref={`${base}/shared-ground`} />

      <section aria-labelledby="members-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="members-title" className="font-serif text-2xl font-semibold">
            {t("membersTitle")}
          </h2>
          <p className="text-sm text-muted" role="status">
            {t("membersShowing", { first: members.first, last: members.last, total: members.total, all: view.memberCount, filtered: view.filtered ? "true" : "false" })}
          </p>
        </div>
        <ViewFilters path={base} filters={view.filters} options={view.filterOptions} />
        {members.items.length === 0 ? (
          <p className="rounded-xl border border-dashed border-line bg-surface p-6 text-muted">{t("emptyMembers")}</p>
        ) : (
          <MemberCards cards={members.items} partnershipId={id} />
        )}
        <MemberPager path={base} filters={view.filters} page={members.page} pageCount={members.pageCount} />
      </section>
    </div>
  );
}
