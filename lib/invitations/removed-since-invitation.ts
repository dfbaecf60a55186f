import "server-only";
import type { Db, Tx } from "@/lib/db";

/**
 * Whether the user was removed from the invitation's partnership at or after the moment the
 * invitation was made: such a link no longer lets them in (only one made after the removal does).
 * Both times come from the database's clock and are compared in SQL. Leaving on one's own leaves
 * no removal behind, so it never counts here.
 */
export async function removedSinceInvitation(client: Db | Tx, input: { userId: string; invitationId: string }) {
  const rows = await client.$queryRaw<{ removed: boolean }[]>`
    SELECT TRUE AS "removed"
    FROM "MemberRemoval" r
    JOIN "Invitation" i ON i."partnershipId" = r."partnershipId"
    WHERE i."id" = ${input.invitationId} AND r."userId" = ${input.userId} AND r."removedAt" >= i."createdAt"`;
  return rows.length > 0;
}
