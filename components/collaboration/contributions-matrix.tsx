import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CollaborationView } from "@/lib/collaboration/build-collaboration-view";
import { CoverageBadge } from "@/components/collaboration/coverage-badge";

type Props = { partnershipId: string; matrix: CollaborationView["matrix"]; headingLevel?: 1 | 2; filters?: React.ReactNode };

/**
 * The needs x members matrix as a real table: row headers are needs, column headers members.
 * It repeats per need and member, so its cells carry short classes styled in globals.css
 * (.matrix), and the members' links are not prefetched.
 */
export function ContributionsMatrix({ partnershipId, matrix, headingLevel = 2, filters }: Props) {
  const t = useTranslations("collaboration");
  const { columns, rows } = matrix;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const contributes = t("contributes");
  const withNote = new Map<string, string>();
  const said = (note: string) => {
    if (!note) return contributes;
    let text = withNote.get(note);
    if (text === undefined) withNote.set(note, (text = t("contributesWithNote", { note })));
    return text;
  };
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
          <thead>
            <tr>
              <th scope="col">{t("need")}</th>
              <th scope="col">{t("coverage")}</th>
              {columns.map((member) => (
                <th key={member.membershipId} scope="col">
                  <Link href={`/partnerships/${partnershipId}/members/${member.membershipId}`} prefetch={false}>
                    {member.name}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.needId} className={row.status}>
                <th scope="row">
                  <span>{row.title}</span>
                </th>
                <td>
                  <CoverageBadge status={row.status} count={row.contributorCount} />
                </td>
                {row.cells.map((cell) =>
                  cell.contributes ? (
                    <td key={cell.membershipId} className="yes" title={cell.note || undefined}>
                      <span>{said(cell.note)}</span>
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
