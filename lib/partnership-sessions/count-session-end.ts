import "server-only";
import type { Tx } from "@/lib/db";

/**
 * What a session keeps of the partnership at its end: how many members and needs, how many needs
 * someone contributes to, and the members' average alignment; and, per need, how many members
 * contribute to it (SessionNeedCoverage), so that a later look can tell whose coverage changed.
 * Counts only, never answer text.
 */
export async function countSessionEnd(tx: Tx, partnershipId: string, sessionId: string) {
  const [endMemberCount, endNeedCount, endCoveredNeedCount, alignment] = await Promise.all([
    tx.membership.count({ where: { partnershipId } }),
    tx.need.count({ where: { partnershipId } }),
    tx.need.count({ where: { partnershipId, contributions: { some: {} } } }),
    tx.membership.aggregate({ where: { partnershipId, alignment: { not: null } }, _avg: { alignment: true } }),
    tx.$executeRaw`
      INSERT INTO "SessionNeedCoverage" ("sessionId", "needId", "contributorCount")
      SELECT ${sessionId}, n."id", (SELECT count(*) FROM "Contribution" c WHERE c."needId" = n."id")::int
      FROM "Need" n
      WHERE n."partnershipId" = ${partnershipId}
      ON CONFLICT ("sessionId", "needId") DO NOTHING`,
  ]);
  return {
    endMemberCount,
    endNeedCount,
    endCoveredNeedCount,
    endAverageAlignment: alignment._avg.alignment,
    needCoverageKept: true,
  };
}
