import { useTranslations } from "next-intl";
import { COVERAGE_MARKS, type CoverageStatus } from "@/lib/collaboration/coverage-matrix";
import { formatOnce } from "@/lib/i18n/format-once";

/**
 * The words for a need's coverage. Only "shared" says a count; the others are formatted without
 * values, which is a lookup, and each count is formatted once.
 */
export function useCoverageWords(): (status: CoverageStatus, count: number) => string {
  const t = useTranslations("collaboration");
  const shared = formatOnce((count: number) => t("status.shared", { count }));
  return (status, count) => (status === "shared" ? shared(count) : t(`status.${status}`));
}

/** Coverage of a need, told by text and symbol, not by colour alone. Styled by .coverage in globals.css. */
export function CoverageBadge({ status, count }: { status: CoverageStatus; count: number }) {
  const words = useCoverageWords();
  return (
    <span className={`coverage ${status}`}>
      <span aria-hidden="true">{COVERAGE_MARKS[status]}</span>
      {words(status, count)}
    </span>
  );
}
