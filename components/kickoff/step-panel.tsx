import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { KickoffStepKind } from "@/lib/generated/prisma/enums";
import { getChallengeOverview } from "@/lib/kickoff/get-challenge-overview";

/** What the current step works with, beside its questions: the challenge, or the coverage of needs. */
export async function StepPanel({ kind, partnershipId, viewerId }: { kind: KickoffStepKind; partnershipId: string; viewerId: string }) {
  if (kind !== "SHARED_CHALLENGE" && kind !== "UNIQUE_ROLE") return null;
  const t = await getTranslations("kickoff.panels");
  const format = await getFormatter();
  const overview = await getChallengeOverview(viewerId, partnershipId);

  if (kind === "SHARED_CHALLENGE") {
    return (
      <section aria-labelledby="challenge-title" className="grid gap-4 rounded-lg border border-line bg-surface p-5 md:grid-cols-2">
        <h2 id="challenge-title" className="sr-only">
          {t("commonGoal")}
        </h2>
        <div>
          <h3 className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("commonGoal")}</h3>
          <p className="mt-1 whitespace-pre-line text-lg">{overview.commonGoal}</p>
          <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide text-brand-700">{t("desiredImpact")}</h3>
          <p className="mt-1 whitespace-pre-line">{overview.desiredImpact}</p>
        </div>
        <div>
          <h3 className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("needs")}</h3>
          {overview.needs.length === 0 ? (
            <p className="mt-1 text-muted">{t("noNeeds")}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {overview.needs.map((need) => (
                <li key={need.id} className="rounded-md bg-paper px-3 py-2">
                  <span className="font-medium">{need.title}</span>
                  {need.description ? <span className="block text-sm text-muted">{need.description}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    );
  }

  const gaps = overview.needs.filter((need) => need.status === "gap");
  const singles = overview.needs.filter((need) => need.status === "single");
  return (
    <section aria-labelledby="coverage-title" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="coverage-title" className="text-lg font-semibold">
        {t("needs")}
      </h2>
      {overview.needs.length === 0 ? (
        <p className="mt-1 text-muted">{t("noNeeds")}</p>
      ) : gaps.length === 0 && singles.length === 0 ? (
        <p className="mt-2 text-ok-700">{t("covered")}</p>
      ) : (
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {gaps.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold text-danger-700">{t("gaps")}</h3>
              <ul className="mt-1 list-disc pl-5">
                {gaps.map((need) => (
                  <li key={need.id}>{need.title}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {singles.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold text-accent-700">{t("singles")}</h3>
              <ul className="mt-1 list-disc pl-5">
                {singles.map((need) => (
                  <li key={need.id}>
                    {need.title} <span className="text-muted">({format.list(need.contributors)})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      )}
      <p className="mt-4">
        <Link href={`/partnerships/${partnershipId}/role`} className="font-medium text-brand-700 underline">
          {t("myRole")}
        </Link>
      </p>
    </section>
  );
}
