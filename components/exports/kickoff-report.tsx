import { getFormatter, getTranslations } from "next-intl/server";
import type { PartnershipReport } from "@/lib/exports/load-partnership-report";
import { MISSION_FIELDS } from "@/lib/leadership/fields";

/** A handout needs margins on paper whatever the browser's print settings. */
const PAGE_MARGINS = "@page { margin: 16mm 14mm; }";

/**
 * The printable kickoff report: goal, impact, needs coverage, missions and agreements, as a
 * facilitator may read them. Reads as a handout on paper as well as on screen.
 */
export async function KickoffReport({ report, actions }: { report: PartnershipReport; actions: React.ReactNode }) {
  const t = await getTranslations("exports");
  const format = await getFormatter();
  const gaps = report.coverage.filter((row) => row.status === "gap");
  const singles = report.coverage.filter((row) => row.status === "single");
  const nameOf = new Map(report.members.map((member) => [member.membershipId, member.name]));

  return (
    <article className="mx-auto max-w-4xl space-y-8 print:max-w-none print:space-y-6 print:text-[11pt]">
      <style>{PAGE_MARGINS}</style>
      <header className="flex flex-wrap items-end justify-between gap-4 border-b-2 border-brand-600 pb-4">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("title")}</p>
          <h1 className="mt-1 font-serif text-4xl font-semibold">{report.partnership.name}</h1>
          <p className="mt-1 text-sm text-muted">{t("madeOn", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}</p>
        </div>
        <div className="no-print">{actions}</div>
      </header>

      <p className="rounded-md border border-line bg-surface px-4 py-3 text-sm text-muted print:border-0 print:p-0 print:italic">{t("visibilityNote")}</p>

      <section aria-labelledby="report-goal" className="grid gap-6 md:grid-cols-2 print:grid-cols-2 print:break-inside-avoid">
        <div>
          <h2 id="report-goal" className="font-serif text-2xl font-semibold">
            {t("commonGoal")}
          </h2>
          <p className="mt-2 whitespace-pre-line text-lg">{report.partnership.commonGoal}</p>
        </div>
        <div>
          <h2 className="font-serif text-2xl font-semibold">{t("desiredImpact")}</h2>
          <p className="mt-2 whitespace-pre-line text-lg">{report.partnership.desiredImpact}</p>
        </div>
        {report.partnership.description ? (
          <div className="md:col-span-2 print:col-span-2">
            <h2 className="font-serif text-xl font-semibold">{t("description")}</h2>
            <p className="mt-2 whitespace-pre-line">{report.partnership.description}</p>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="report-coverage" className="space-y-4">
        <h2 id="report-coverage" className="font-serif text-2xl font-semibold">
          {t("coverage")}
        </h2>
        {report.coverage.length === 0 ? (
          <p className="text-muted">{t("noNeeds")}</p>
        ) : (
          <>
            <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
              <div className="rounded-md border border-danger-600/30 bg-danger-50 p-4 print:bg-transparent">
                <h3 className="font-semibold text-danger-700">{t("gaps")}</h3>
                {gaps.length === 0 ? (
                  <p className="mt-1 text-sm">{t("noGaps")}</p>
                ) : (
                  <ul className="mt-1 list-disc pl-5">
                    {gaps.map((row) => (
                      <li key={row.needId}>{row.title}</li>
                    ))}
                  </ul>
                )}
              </div>
              <div className="rounded-md border border-accent-500/40 bg-accent-100/50 p-4 print:bg-transparent">
                <h3 className="font-semibold text-accent-700">{t("singles")}</h3>
                {singles.length === 0 ? (
                  <p className="mt-1 text-sm">{t("noSingles")}</p>
                ) : (
                  <ul className="mt-1 list-disc pl-5">
                    {singles.map((row) => (
                      <li key={row.needId}>
                        {row.title} <span className="text-muted">({nameOf.get(row.cells.find((cell) => cell.contributes)?.membershipId ?? "")})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("coverageTable")}</caption>
              <thead>
                <tr className="border-b-2 border-line text-sm uppercase tracking-wide text-muted">
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    {t("need")}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    {t("status")}
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    {t("contributors")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.coverage.map((row) => {
                  const contributors = row.cells.filter((cell) => cell.contributes).map((cell) => nameOf.get(cell.membershipId) ?? "");
                  return (
                    <tr key={row.needId} className="border-b border-line align-top print:break-inside-avoid">
                      <th scope="row" className="py-2 pr-4 font-medium">
                        {row.title}
                      </th>
                      <td className="py-2 pr-4">
                        <span
                          className={`rounded px-2 py-0.5 text-sm font-medium ${
                            row.status === "gap" ? "bg-danger-50 text-danger-700" : row.status === "single" ? "bg-accent-100 text-accent-700" : "bg-ok-50 text-ok-700"
                          }`}
                        >
                          {t(`coverageStatus.${row.status}`)}
                        </span>
                      </td>
                      <td className="py-2">{contributors.length > 0 ? format.list(contributors) : <span className="text-muted">{t("nobody")}</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="report-missions" className="space-y-4 print:break-before-page">
        <h2 id="report-missions" className="font-serif text-2xl font-semibold">
          {t("missions")}
        </h2>
        <div className="grid items-start gap-4 md:grid-cols-2 print:grid-cols-2">
          {report.members.map((member) => {
            const fields = MISSION_FIELDS.filter((field) => member.seen.answers[field]);
            return (
              <article key={member.membershipId} className="rounded-lg border border-line bg-surface p-5 print:break-inside-avoid print:p-3">
                <h3 className="text-lg font-semibold">{member.name}</h3>
                <p className="text-sm text-muted">
                  {[t(`role.${member.role}`), member.organisation].filter(Boolean).join(" · ")}
                </p>
                {fields.length === 0 ? (
                  <p className="mt-3 text-sm text-muted">{t("noMission")}</p>
                ) : (
                  <dl className="mt-3 space-y-2">
                    {fields.map((field) => (
                      <div key={field}>
                        <dt className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                          {t(`mission.${field}`)}
                          <VisibilityMark visibility={member.seen.visibility[field]} labels={{ FACILITATORS: t("facilitatorsOnly"), ONLY_ME: t("revealed") }} />
                        </dt>
                        <dd className={`whitespace-pre-line ${field === "statement" ? "font-serif text-lg italic" : ""}`}>{member.seen.answers[field]}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                {member.uniqueRole || member.missionRelation || member.alignment ? (
                  <div className="mt-3 space-y-2 border-t border-line pt-3">
                    {member.uniqueRole || member.missionRelation ? (
                      <dl className="space-y-2">
                        {member.uniqueRole ? (
                          <div>
                            <dt className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("uniqueRole")}</dt>
                            <dd className="whitespace-pre-line">{member.uniqueRole}</dd>
                          </div>
                        ) : null}
                        {member.missionRelation ? (
                          <div>
                            <dt className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("missionRelation")}</dt>
                            <dd className="whitespace-pre-line">{member.missionRelation}</dd>
                          </div>
                        ) : null}
                      </dl>
                    ) : null}
                    {member.alignment ? <p className="text-sm text-muted">{t("alignment", { value: member.alignment })}</p> : null}
                  </div>
                ) : null}
              </article>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="report-agreements" className="print:break-inside-avoid">
        <h2 id="report-agreements" className="font-serif text-2xl font-semibold">
          {t("agreements")}
        </h2>
        {report.agreements.length === 0 ? (
          <p className="mt-2 text-muted">{t("noAgreements")}</p>
        ) : (
          <ol className="mt-3 list-decimal space-y-2 pl-6 text-lg marker:font-semibold marker:text-brand-700">
            {report.agreements.map((agreement) => (
              <li key={agreement.id} className="whitespace-pre-line">
                {agreement.text}
              </li>
            ))}
          </ol>
        )}
      </section>

      {report.kickoffs.length > 0 ? (
        <section aria-labelledby="report-kickoffs" className="text-sm text-muted">
          <h2 id="report-kickoffs" className="font-semibold text-ink">
            {t("kickoffs")}
          </h2>
          <ul className="mt-1">
            {report.kickoffs.map((kickoff) => (
              <li key={kickoff.startedAt.toISOString()}>
                {kickoff.endedAt
                  ? t("kickoffHeld", { period: format.dateTimeRange(kickoff.startedAt, kickoff.endedAt, { dateStyle: "long", timeStyle: "short" }) })
                  : t("kickoffRunning", { start: format.dateTime(kickoff.startedAt, { dateStyle: "long", timeStyle: "short" }) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function VisibilityMark({ visibility, labels }: { visibility: string | undefined; labels: { FACILITATORS: string; ONLY_ME: string } }) {
  if (visibility !== "FACILITATORS" && visibility !== "ONLY_ME") return null;
  return <span className="ml-2 rounded bg-paper px-1.5 py-0.5 font-normal normal-case tracking-normal text-muted print:border print:border-line">{labels[visibility]}</span>;
}
