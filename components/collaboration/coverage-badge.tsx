import { useTranslations } from "next-intl";
import { COVERAGE_MARKS, type CoverageStatus } from "@/lib/collaboration/coverage-matrix";

/** Coverage of a need, told by text and symbol, not by colour alone. Styled by .coverage in globals.css. */
export function CoverageBadge({ status, count }: { status: CoverageStatus; count: number }) {
  const t = useTranslations("collaboration");
  return (
    <span className={`coverage ${status}`}>
      <span aria-hidden="true">{COVERAGE_MARKS[status]}</span>
      {t(`status.${status}`, { count })}
    </span>
  );
}
