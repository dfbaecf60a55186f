import { useTranslations } from "next-intl";
import { COVERAGE_MARKS, type CoverageStatus } from "@/lib/collaboration/coverage-matrix";

/** Coverage of a need, told by text and symbol, not by colour alone. Styled by .coverage in globals.css. */
export function CoverageBadge({ status, count }: { status: CoverageStatus; count: number }) {
  const t = useTranslations("collaboration");
  return (
    <span className={`coverage ${status}`}>
      <span aria-hidden="true">{COVERAGE_MARKS[status]}</span>
      {/* Only "shared" says the count: a message formatted without values costs a lookup. */}
      {status === "shared" ? t("status.shared", { count }) : t(`status.${status}`)}
    </span>
  );
}
