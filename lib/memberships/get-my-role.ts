import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_VISIBILITY } from "@/lib/leadership/fields";
import { memberOf } from "@/lib/memberships/member-of";

/**
 * What "My role here" edits: the user's membership of the partnership with their contributions,
 * the partnership's goal and needs, and the user's own mission statement (with who may read it)
 * to relate it to.
 */
export async function getMyRole(userId: string, partnershipId: string) {
  const { id } = await memberOf(db, userId, partnershipId);
  const [membership, needs, mission] = await Promise.all([
    db.membership.findUniqueOrThrow({
      where: { id, partnershipId },
      select: {
        id: true,
        organisation: true,
        uniqueRole: true,
        missionRelation: true,
        alignment: true,
        contributions: { where: { need: { partnershipId } }, select: { needId: true, note: true } },
      },
    }),
    db.need.findMany({
      where: { partnershipId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, title: true, description: true },
    }),
    db.mission.findUnique({ where: { userId }, select: { statement: true, statementVisibility: true } }),
  ]);
  return {
    membership,
    needs,
    missionStatement: mission?.statement ?? "",
    missionVisibility: mission?.statementVisibility ?? DEFAULT_VISIBILITY.statement,
  };
}
