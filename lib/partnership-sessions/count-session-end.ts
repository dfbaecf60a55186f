import "server-only";
import type { Tx } from "@/lib/db";

/**
 * What a session keeps of the partnership at its end: how many members and needs, how many needs
 * someone contributes to, and the members' average alignment. Counts only, never answer text.
 */
export async function countSessionEnd(tx: Tx, partnershipId: string) {
  const [endMemberCount, endNeedCount, endCoveredNeedCount, alignment] = await Promise.all([
    tx.membership.count({ where: { partnershipId } }),
    tx.need.count({ where: { partnershipId } }),
    tx.need.count({ where: { partnershipId, contributions: { some: {} } } }),
    tx.membership.aggregate({ where: { partnershipId, alignment: { not: null } }, _avg: { alignment: true } }),
  ]);
  return { endMemberCount, endNeedCount, endCoveredNeedCount, endAverageAlignment: alignment._avg.alignment };
}
