import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Marks the collaboration view of these partnerships as changed. Every write that changes what the
 * view shows calls this in the same transaction: the view's cache is keyed by this version, so a
 * changed partnership is never served from a stale entry, on any app instance.
 */
export async function touchPartnershipViews(tx: Tx, where: { partnershipIds: string[] } | { userId: string }) {
  const filter = "userId" in where ? { memberships: { some: { userId: where.userId } } } : { id: { in: where.partnershipIds } };
  await tx.partnership.updateMany({ where: filter, data: { viewVersion: { increment: 1 } } });
}
