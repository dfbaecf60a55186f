import { useFormatter } from "next-intl";

/** How much of profile and mission is filled in, as a bar and in words. */
export function CompletenessMeter({ share, label, summary }: { share: number; label: string; summary: string }) {
  const format = useFormatter();
  const percent = Math.round(share * 100);
  const shown = format.number(percent / 100, { style: "percent" });
  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between gap-2">
        <p id="completeness-label" className="text-sm font-medium text-ink">
          {label}
        </p>
        <p className="font-serif text-2xl font-semibold text-brand-700">{shown}</p>
      </div>
      <div
        role="progressbar"
        aria-labelledby="completeness-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${shown} · ${summary}`}
        className="h-2.5 overflow-hidden rounded-full bg-brand-100"
      >
        <div className="h-full rounded-full bg-brand-500 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-muted">{summary}</p>
    </div>
  );
}
