/**
 * The needs x members matrix: who contributes to which need of the partnership. A need nobody
 * contributes to is a gap; a need that rests on one person is a single point of failure.
 */
export type CoverageStatus = "gap" | "single" | "shared";

/** The symbol beside a need's coverage, so that it is told by more than colour. */
export const COVERAGE_MARKS: Record<CoverageStatus, string> = { gap: "○", single: "◐", shared: "●" };

export type CoverageInput = {
  needs: { id: string; title: string }[];
  members: { membershipId: string; name: string }[];
  contributions: { membershipId: string; needId: string; note: string }[];
};

export type CoverageRow = {
  needId: string;
  title: string;
  status: CoverageStatus;
  contributorCount: number;
  /** One cell per member, in the order of `members`. */
  cells: { membershipId: string; contributes: boolean; note: string }[];
};

export function coverageMatrix({ needs, members, contributions }: CoverageInput): CoverageRow[] {
  const byCell = new Map(contributions.map((c) => [`${c.needId}:${c.membershipId}`, c]));
  return needs.map((need) => {
    const cells = members.map((member) => {
      const contribution = byCell.get(`${need.id}:${member.membershipId}`);
      return { membershipId: member.membershipId, contributes: Boolean(contribution), note: contribution?.note ?? "" };
    });
    const contributorCount = cells.filter((cell) => cell.contributes).length;
    return { needId: need.id, title: need.title, status: statusOf(contributorCount), contributorCount, cells };
  });
}

export function statusOf(contributors: number): CoverageStatus {
  if (contributors === 0) return "gap";
  return contributors === 1 ? "single" : "shared";
}
