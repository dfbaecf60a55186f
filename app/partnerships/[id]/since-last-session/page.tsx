import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MemberChanges } from "@/components/changes/member-changes";
import { NeedChanges } from "@/components/changes/need-changes";
import { SessionTrend } from "@/components/changes/session-trend";
import { BackToView } from "@/components/collaboration/back-to-view";
import { requireMember } from "@/lib/guards";
import { notFoundOnRefusal } from "@/lib/not-found-on-refusal";
import { getSinceLastSession } from "@/lib/partnership-sessions/get-since-last-session";
import { getPartnershipHeader } from "@/lib/partnerships/get-partnership-header";

export async function generateMetadata({ params }: PageProps<"/partnerships/[id]/since-last-session">): Promise<Metadata> {
  const { id } = await params;
  await requireMember(id);
  const t = await getTranslations("changes");
  return { title: `${t("title")} · ${(await getPartnershipHeader(id)).name}` };
}

/** What changed since the partnership's last ended session: members, needs coverage, and a chart per session. */
export default async function SinceLastSessionPage({ params }: PageProps<"/partnerships/[id]/since-last-session">) {
  const { id } = await params;
  const { user } = await requireMember(id);
  const since = await getSinceLastSession(user.id, id).catch(notFoundOnRefusal);
  const t = await getTranslations("changes");
  const ts = await getTranslations("sessions");
  const format = await getFormatter();
  const base = `/partnerships/${id}`;
  const { last } = since;

  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <BackToView href={base} />
        <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{t("title")}</h1>
        {last ? (
          <p className="text-lg text-muted">
            {t("comparedWith", {
              title: last.title ?? ts("kickoffTitle"),
              number: last.number,
              date: format.dateTime(last.endedAt, { dateStyle: "full", timeStyle: "short", timeZone: since.timeZone }),
            })}
          </p>
        ) : (
          <>
            <p className="text-lg text-muted">{t("noSession")}</p>
            <p>
              <Link href={`${base}/sessions`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                {t("toSessions")}
              </Link>
            </p>
          </>
        )}
      </header>
      {last ? (
        <>
          <MemberChanges joined={since.joined} left={since.left} departuresKnown={last.needCoverageKept} timeZone={since.timeZone} />
          <NeedChanges partnershipId={id} needs={since.needs} removedNeedCount={since.removedNeedCount} />
          <SessionTrend points={since.chart} timeZone={since.timeZone} />
        </>
      ) : null}
    </div>
  );
}
