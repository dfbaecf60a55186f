import { useTranslations } from "next-intl";
import type { CoverageStatus } from "@/lib/collaboration/coverage-matrix";

const marks: Record<CoverageStatus, string> = { gap: "○", single: "◐", shared: "●" };

/** Coverage of a need, told by text and symbol, not by colour alone. Styled by .coverage in globals.css. */
export function CoverageBadge({ status, count }: { status: CoverageStatus; count: number }) {
  const t = useTranslations("collaboration");
  return (
    <span className={`coverage ${status}`}>
      <span aria-hidden="true">{marks[status]}</span>
      {t(`status.${status}`, { count })}
    </span>
  );
}
