import { useTranslations } from "next-intl";
import type { CoverageStatus } from "@/lib/collaboration/coverage-matrix";
import { CoverageBadge } from "@/components/collaboration/coverage-badge";

type Props = {
  partnership: { commonGoal: string; desiredImpact: string; description: string };
  coverage: { needId: string; title: string; status: CoverageStatus; contributorCount: number }[];
  facilitator: boolean;
  /** Where the detail lives (the matrix, the map), shown under the needs. */
  links?: React.ReactNode;
};

/** The centre of the view: the common goal, the desired impact and what is needed, with its coverage. */
export function GoalPanel({ partnership, coverage, facilitator, links }: Props) {
  const t = useTranslations("collaboration");
  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="common-goal" className="rounded-xl bg-brand-900 p-6 text-brand-50 shadow-sm print:border print:border-line print:bg-white print:text-ink">
        <h2 id="common-goal" className="text-sm font-semibold uppercase tracking-wide text-brand-200 print:text-muted">
          {t("commonGoal")}
        </h2>
        <p className="mt-2 whitespace-pre-line font-serif text-xl leading-snug text-white sm:text-2xl print:text-ink">{partnership.commonGoal}</p>
        <h3 className="mt-5 text-sm font-semibold uppercase tracking-wide text-brand-200 print:text-muted">{t("desiredImpact")}</h3>
        <p className="mt-1 whitespace-pre-line">{partnership.desiredImpact}</p>
        {partnership.description ? (
          <>
            <h3 className="mt-5 text-sm font-semibold uppercase tracking-wide text-brand-200 print:text-muted">{t("about")}</h3>
            <p className="mt-1 whitespace-pre-line text-brand-100 print:text-ink">{partnership.description}</p>
          </>
        ) : null}
      </section>
      <section className="panel">
        <h2 id="needs-title" className="text-lg font-semibold">
          {t("needsTitle")}
        </h2>
        <p className="text-sm text-muted">{t("needsIntro")}</p>
        {coverage.length === 0 ? (
          <p className="mt-3 text-muted">{facilitator ? t("noNeedsFacilitator") : t("noNeeds")}</p>
        ) : (
          <ol className="needs">
            {coverage.map((row) => (
              <li key={row.needId}>
                <span>{row.title}</span>
                <CoverageBadge status={row.status} count={row.contributorCount} />
              </li>
            ))}
          </ol>
        )}
        {links}
      </section>
    </div>
  );
}
