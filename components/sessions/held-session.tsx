import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PartnershipSessions } from "@/lib/partnership-sessions/list-partnership-sessions";

/** `timeZone`: the partnership's, which every time is shown in. */
type Props = { partnershipId: string; session: PartnershipSessions["held"][number]; timeZone: string };

/** A session that ran or runs: its steps, who took part, its agreements and the counts at its end. */
export async function HeldSession({ partnershipId, session, timeZone }: Props) {
  const when = { dateStyle: "full", timeStyle: "short", timeZone } as const;
  const t = await getTranslations("sessions");
  const tk = await getTranslations("kickoff");
  const format = await getFormatter();
  const running = session.status === "RUNNING";
  const headingId = `session-${session.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-line bg-surface p-5 shadow-sm">
      <div>
        <p className="text-sm text-muted">{t("number", { number: session.number })}</p>
        <h3 id={headingId} className="text-lg font-semibold break-words">
          {session.title ?? t("kickoffTitle")}
        </h3>
        <p className="text-muted">
          {running
            ? t("runningSince", { date: format.dateTime(session.startedAt, when) })
            : t("heldOn", { date: format.dateTime(session.startedAt, when) })}
        </p>
        {running ? (
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <span className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm font-medium text-brand-700">{t("running")}</span>
            <Link href={`/partnerships/${partnershipId}/kickoff`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
              {t("follow")}
            </Link>
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h4 className="text-sm font-semibold">{t("steps")}</h4>
          <ol className="ml-5 list-decimal text-sm">
            {session.steps.map((step) => (
              <li key={step.id}>{step.title || tk(`steps.${step.kind}.title`)}</li>
            ))}
          </ol>
        </div>
        <div>
          <h4 className="text-sm font-semibold">{t("participants")}</h4>
          {session.participants.length === 0 ? (
            <p className="text-sm text-muted">{t("noParticipants")}</p>
          ) : (
            <ul className="text-sm">
              {session.participants.map((person) => (
                <li key={person.id}>{person.name}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4 className="text-sm font-semibold">{t("agreements")}</h4>
          {session.agreements.length === 0 ? (
            <p className="text-sm text-muted">{t("noAgreements")}</p>
          ) : (
            <ol className="ml-5 list-decimal text-sm">
              {session.agreements.map((agreement) => (
                <li key={agreement.id} className="whitespace-pre-line break-words">
                  {agreement.text}
                </li>
              ))}
            </ol>
          )}
        </div>
        {running ? null : (
          <div>
            <h4 className="text-sm font-semibold">{t("atEnd")}</h4>
            {session.end ? (
              <ul className="text-sm">
                <li>{t("members", { count: session.end.memberCount })}</li>
                <li>{t("needsCovered", { covered: session.end.coveredNeedCount, total: session.end.needCount })}</li>
                <li>
                  {session.end.averageAlignment === null
                    ? t("noAlignment")
                    : t("averageAlignment", { value: format.number(session.end.averageAlignment, { maximumFractionDigits: 1 }) })}
                </li>
              </ul>
            ) : (
              <p className="text-sm text-muted">{t("atEndNotKept")}</p>
            )}
            {session.lastEnded ? (
              <p className="mt-2 text-sm">
                <Link href={`/partnerships/${partnershipId}/since-last-session`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                  {(await getTranslations("changes"))("sessionsLink")}
                </Link>
              </p>
            ) : null}
          </div>
        )}
      </div>
    </article>
  );
}
