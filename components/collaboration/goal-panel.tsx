import { useTranslations } from "next-intl";
import type { CollaborationView } from "@/lib/collaboration/build-collaboration-view";
import { CoverageBadge } from "@/components/collaboration/coverage-badge";

type Props = { view: CollaborationView; facilitator: boolean };

/** The centre of the view: the common goal, the desired impact and what is needed. */
export function GoalPanel({ view, facilitator }: Props) {
  const t = useTranslations("collaboration");
  const { partnership, matrix } = view;
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
      <section aria-labelledby="needs-title" className="rounded-xl border border-line bg-surface p-5 shadow-sm">
        <h2 id="needs-title" className="text-lg font-semibold">
          {t("needsTitle")}
        </h2>
        <p className="text-sm text-muted">{t("needsIntro")}</p>
        {matrix.rows.length === 0 ? (
          <p className="mt-3 text-muted">{facilitator ? t("noNeedsFacilitator") : t("noNeeds")}</p>
        ) : (
          <ol className="mt-3 space-y-2">
            {matrix.rows.map((row) => (
              <li key={row.needId} className="flex items-start justify-between gap-3 border-b border-line/70 pb-2 last:border-0">
                <span>{row.title}</span>
                <CoverageBadge status={row.status} count={row.contributorCount} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
