import { useTranslations } from "next-intl";
import type { CoverageStatus } from "@/lib/collaboration/coverage-matrix";

const styles: Record<CoverageStatus, string> = {
  gap: "bg-danger-50 text-danger-700 ring-danger-600/30",
  single: "bg-accent-100 text-accent-700 ring-accent-500/40",
  shared: "bg-ok-50 text-ok-700 ring-ok-700/20",
};

const marks: Record<CoverageStatus, string> = { gap: "○", single: "◐", shared: "●" };

/** Coverage of a need, told by text and symbol, not by colour alone. */
export function CoverageBadge({ status, count }: { status: CoverageStatus; count: number }) {
  const t = useTranslations("collaboration");
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${styles[status]}`}>
      <span aria-hidden="true">{marks[status]}</span>
      {t(`status.${status}`, { count })}
    </span>
  );
}
