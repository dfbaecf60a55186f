import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CollaborationView } from "@/lib/collaboration/build-collaboration-view";
import { CoverageBadge } from "@/components/collaboration/coverage-badge";

const rowTint = { gap: "bg-danger-50/60", single: "bg-accent-100/40", shared: "" } as const;

/** The needs x members matrix as a real table: row headers are needs, column headers members. */
export function ContributionsMatrix({ view }: { view: CollaborationView }) {
  const t = useTranslations("collaboration");
  const { columns, rows } = view.matrix;
  return (
    <section className="space-y-3">
      <div>
        <h2 id="matrix-title" className="font-serif text-2xl font-semibold">
          {t("matrixTitle")}
        </h2>
        <p className="text-muted">{t("matrixIntro")}</p>
      </div>
      <ul className="flex flex-wrap gap-3 text-sm" aria-label={t("coverage")}>
        <li><CoverageBadge status="gap" count={0} /> <span className="text-muted">{t("legendGap")}</span></li>
        <li><CoverageBadge status="single" count={1} /> <span className="text-muted">{t("legendSingle")}</span></li>
        <li><CoverageBadge status="shared" count={2} /> <span className="text-muted">{t("legendShared")}</span></li>
      </ul>
      <div role="region" aria-label={t("matrixScroll")} tabIndex={0} className="relative overflow-x-auto rounded-xl border border-line bg-surface shadow-sm">
        <table className="matrix w-full border-collapse text-sm">
          <caption className="sr-only">{t("matrixTitle")}</caption>
          <thead>
            <tr className="border-b border-line bg-paper">
              <th scope="col" className="sticky left-0 z-10 min-w-48 bg-paper px-3 py-2 text-left align-bottom font-semibold">
                {t("need")}
              </th>
              <th scope="col" className="px-3 py-2 text-left align-bottom font-semibold">
                {t("coverage")}
              </th>
              {columns.map((member) => (
                <th key={member.membershipId} scope="col" className="h-40 px-1 py-2 align-bottom font-medium">
                  <Link
                    href={`/partnerships/${view.partnership.id}/members/${member.membershipId}`}
                    className="mx-auto block max-h-36 overflow-hidden text-ellipsis whitespace-nowrap [writing-mode:vertical-rl] rotate-180 hover:underline"
                  >
                    {member.name}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.needId} className={`border-b border-line/70 last:border-0 ${rowTint[row.status]}`}>
                {/* Solid under the row's tint, so that cells scrolled sideways do not show through. */}
                <th scope="row" className="sticky left-0 z-10 bg-surface p-0 text-left font-medium">
                  <span className={`block px-3 py-2 ${rowTint[row.status]}`}>{row.title}</span>
                </th>
                <td className="px-3 py-2">
                  <CoverageBadge status={row.status} count={row.contributorCount} />
                </td>
                {row.cells.map((cell) =>
                  cell.contributes ? (
                    <td key={cell.membershipId} className="yes" title={cell.note || undefined}>
                      <span>{cell.note ? t("contributesWithNote", { note: cell.note }) : t("contributes")}</span>
                    </td>
                  ) : (
                    <td key={cell.membershipId} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
