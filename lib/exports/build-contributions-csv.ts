import "server-only";
import type { CoverageStatus } from "@/lib/collaboration/coverage-matrix";
import { loadPartnershipReport } from "@/lib/exports/load-partnership-report";
import { toCsv } from "@/lib/exports/to-csv";

export type ContributionsCsvLabels = {
  need: string;
  coverage: string;
  contributors: string;
  status: Record<CoverageStatus, string>;
  /** The cell of a member who contributes without a note. */
  contributes: string;
};

/**
 * The needs x members matrix as CSV for a facilitator: a row per need with its coverage, a column
 * per member; a cell holds the member's note on their contribution (or a mark) or is empty.
 */
export async function buildContributionsCsv(actorId: string, partnershipId: string, labels: ContributionsCsvLabels) {
  const report = await loadPartnershipReport(actorId, partnershipId);
  const header = [labels.need, labels.coverage, labels.contributors, ...report.members.map((member) => member.name)];
  const rows = report.coverage.map((row) => [
    row.title,
    labels.status[row.status],
    row.contributorCount,
    ...row.cells.map((cell) => (cell.contributes ? cell.note || labels.contributes : "")),
  ]);
  return { name: report.partnership.name, csv: toCsv([header, ...rows]) };
}
