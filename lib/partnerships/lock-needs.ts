import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Serialises changes to a partnership's list of needs (adding, moving, removing), so that two
 * facilitators editing at once cannot give two needs the same position. The lock is on the
 * partnership's row and does not stop anyone from reading it.
 */
export async function lockNeeds(tx: Tx, partnershipId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Partnership" WHERE "id" = ${partnershipId} FOR NO KEY UPDATE`;
}
