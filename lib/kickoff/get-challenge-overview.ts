import "server-only";
import { coverageMatrix } from "@/lib/collaboration/coverage-matrix";
import { db } from "@/lib/db";
import { memberOf } from "@/lib/memberships/member-of";

/**
 * The shared challenge as the kickoff shows it at steps 3 and 4: goal, desired impact, the needs
 * and how they are covered (gaps, and needs resting on one person); for members.
 */
export async function getChallengeOverview(viewerId: string, partnershipId: string) {
  await memberOf(db, viewerId, partnershipId);
  const partnership = await db.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: {
      commonGoal: true,
      desiredImpact: true,
      needs: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, title: true, description: true } },
      memberships: {
        orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
        select: { id: true, user: { select: { name: true } }, contributions: { select: { needId: true, note: true } } },
      },
    },
  });
  const members = partnership.memberships.map((membership) => ({ membershipId: membership.id, name: membership.user.name }));
  const coverage = coverageMatrix({
    needs: partnership.needs,
    members,
    contributions: partnership.memberships.flatMap((membership) =>
      membership.contributions.map((contribution) => ({ membershipId: membership.id, needId: contribution.needId, note: contribution.note })),
    ),
  });
  const nameOf = new Map(members.map((member) => [member.membershipId, member.name]));
  return {
    commonGoal: partnership.commonGoal,
    desiredImpact: partnership.desiredImpact,
    needs: coverage.map((row) => ({
      id: row.needId,
      title: row.title,
      description: partnership.needs.find((need) => need.id === row.needId)?.description ?? "",
      status: row.status,
      contributors: row.cells.filter((cell) => cell.contributes).map((cell) => nameOf.get(cell.membershipId) ?? ""),
    })),
  };
}
