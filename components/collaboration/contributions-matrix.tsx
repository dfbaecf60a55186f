import { useTranslations } from "next-intl";
import type { CollaborationView } from "@/lib/collaboration/build-collaboration-view";
import { matrixHtml } from "@/lib/collaboration/matrix-html";
import { CoverageBadge, useCoverageWords } from "@/components/collaboration/coverage-badge";

type Props = { partnershipId: string; matrix: CollaborationView["matrix"]; headingLevel?: 1 | 2; filters?: React.ReactNode };

/**
 * The needs x members matrix as a real table: row headers are needs, column headers members. Its
 * rows grow with every need and member, so they are written as escaped HTML (lib/collaboration/
 * matrix-html.ts) and styled by short classes in globals.css (.matrix); the members' links are
 * plain links, never prefetched.
 */
export function ContributionsMatrix({ partnershipId, matrix, headingLevel = 2, filters }: Props) {
  const t = useTranslations("collaboration");
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const coverageWords = useCoverageWords();
  const { head, body } = matrixHtml(partnershipId, matrix, {
    need: t("need"),
    coverage: t("coverage"),
    contributes: t("contributes"),
    contributesWithNote: (note) => t("contributesWithNote", { note }),
    status: coverageWords,
  });
  return (
    <section aria-labelledby="matrix-title" className="space-y-3">
      <div>
        <Heading id="matrix-title" className={headingLevel === 1 ? "font-serif text-3xl font-semibold sm:text-4xl" : "font-serif text-2xl font-semibold"}>
          {t("matrixTitle")}
        </Heading>
        <p className="text-muted">{t("matrixIntro")}</p>
      </div>
      {filters}
      <ul className="flex flex-wrap gap-3 text-sm" aria-label={t("coverage")}>
        <li><CoverageBadge status="gap" count={0} /> <span className="text-muted">{t("legendGap")}</span></li>
        <li><CoverageBadge status="single" count={1} /> <span className="text-muted">{t("legendSingle")}</span></li>
        <li><CoverageBadge status="shared" count={2} /> <span className="text-muted">{t("legendShared")}</span></li>
      </ul>
      <div role="region" aria-label={t("matrixScroll")} tabIndex={0} className="relative overflow-x-auto rounded-xl border border-line bg-surface shadow-sm">
        <table className="matrix">
          <caption className="sr-only">{t("matrixTitle")}</caption>
          <thead dangerouslySetInnerHTML={{ __html: head }} />
          <tbody dangerouslySetInnerHTML={{ __html: body }} />
        </table>
      </div>
    </section>
  );
}
