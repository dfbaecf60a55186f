import { useFormatter, useTranslations } from "next-intl";
import type { SessionEndPoint } from "@/lib/partnership-sessions/compare-since-session";

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 52;
const RIGHT = WIDTH - 44;
const TOP = 16;
const BOTTOM = HEIGHT - 34;

const percentY = (percent: number) => BOTTOM - (percent / 100) * (BOTTOM - TOP);
const alignmentY = (alignment: number) => BOTTOM - ((alignment - 1) / 4) * (BOTTOM - TOP);

function coveragePercent(point: SessionEndPoint) {
  if (point.endNeedCount === null || point.endCoveredNeedCount === null) return null;
  return point.endNeedCount === 0 ? 0 : (point.endCoveredNeedCount / point.endNeedCount) * 100;
}

/** Runs of consecutive sessions that kept an average alignment, each drawn as one line. */
function alignmentRuns(points: { x: number; alignment: number | null }[]) {
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  for (const point of points) {
    if (point.alignment === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push({ x: point.x, y: alignmentY(point.alignment) });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Needs coverage and average alignment at the end of each held session: a small chart, and the
 * same figures as a table, which is what a screen reader reads (the chart has a short name only).
 */
export function SessionTrend({ points, timeZone }: { points: SessionEndPoint[]; timeZone: string }) {
  const t = useTranslations("changes");
  const ts = useTranslations("sessions");
  const format = useFormatter();
  const step = (RIGHT - LEFT) / Math.max(points.length, 1);
  const barWidth = Math.min(36, step * 0.5);
  const labelEvery = Math.ceil(points.length / 12);
  const placed = points.map((point, index) => ({
    point,
    x: LEFT + step * (index + 0.5),
    percent: coveragePercent(point),
    alignment: point.endAverageAlignment,
  }));
  const oneDecimal = { maximumFractionDigits: 1 } as const;

  return (
    <section aria-labelledby="trend-title" className="space-y-3">
      <div>
        <h2 id="trend-title" className="font-serif text-2xl font-semibold">
          {t("chartTitle")}
        </h2>
        <p className="text-muted">{t("chartIntro")}</p>
      </div>
      <figure className="space-y-3 rounded-xl border border-line bg-surface p-4 shadow-sm">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t("chartAlt")} className="h-auto w-full max-w-[640px]">
          {[0, 50, 100].map((percent) => (
            <g key={percent}>
              <line x1={LEFT} x2={RIGHT} y1={percentY(percent)} y2={percentY(percent)} stroke="var(--color-line)" />
              <text x={LEFT - 8} y={percentY(percent) + 5} textAnchor="end" fontSize="16" fill="var(--color-muted)">
                {percent}%
              </text>
            </g>
          ))}
          {[1, 3, 5].map((value) => (
            <text key={value} x={RIGHT + 8} y={alignmentY(value) + 5} fontSize="16" fill="var(--color-accent-700)">
              {value}
            </text>
          ))}
          {placed.map(({ point, x, percent }) =>
            percent === null ? null : (
              <rect key={point.id} x={x - barWidth / 2} y={percentY(percent)} width={barWidth} height={BOTTOM - percentY(percent)} fill="var(--color-brand-200)" />
            ),
          )}
          {alignmentRuns(placed).map((run) => (
            <polyline
              key={`${run[0]?.x}`}
              points={run.map((p) => `${p.x},${p.y}`).join(" ")}
              fill="none"
              stroke="var(--color-accent-500)"
              strokeWidth="3"
            />
          ))}
          {placed.map(({ point, x, alignment }) =>
            alignment === null ? null : <circle key={point.id} cx={x} cy={alignmentY(alignment)} r="5" fill="var(--color-accent-700)" />,
          )}
          {placed.map(({ point, x }, index) =>
            index % labelEvery === 0 ? (
              <text key={point.id} x={x} y={HEIGHT - 10} textAnchor="middle" fontSize="16" fill="var(--color-muted)">
                {point.number}
              </text>
            ) : null,
          )}
        </svg>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted" aria-hidden="true">
          <li className="flex items-center gap-2">
            <span className="inline-block h-3 w-5 bg-brand-200" />
            {t("legendCoverage")}
          </li>
          <li className="flex items-center gap-2">
            <span className="inline-block h-1 w-5 bg-accent-500" />
            {t("legendAlignment")}
          </li>
        </ul>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{t("chartTable")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1.5 pr-3">{t("session")}</th>
                <th scope="col" className="py-1.5 pr-3">{t("ended")}</th>
                <th scope="col" className="py-1.5 pr-3">{t("coverage")}</th>
                <th scope="col" className="py-1.5">{t("alignment")}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.id} className="border-b border-line last:border-0">
                  <th scope="row" className="py-1.5 pr-3 font-medium break-words">
                    {t("sessionNumber", { number: point.number, title: point.title ?? ts("kickoffTitle") })}
                  </th>
                  <td className="py-1.5 pr-3">{format.dateTime(point.endedAt, { dateStyle: "medium", timeZone })}</td>
                  <td className="py-1.5 pr-3">
                    {point.endNeedCount === null || point.endCoveredNeedCount === null
                      ? t("notKept")
                      : t("coverageValue", { covered: point.endCoveredNeedCount, total: point.endNeedCount })}
                  </td>
                  <td className="py-1.5">
                    {point.endNeedCount === null
                      ? t("notKept")
                      : point.endAverageAlignment === null
                        ? t("noAlignment")
                        : t("alignmentValue", { value: format.number(point.endAverageAlignment, oneDecimal) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    </section>
  );
}
