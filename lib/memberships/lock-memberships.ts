import "server-only";
import type { Tx } from "@/lib/db";
import type { MemberRole } from "@/lib/generated/prisma/enums";

export type LockedMembership = { id: string; userId: string; role: MemberRole };

/**
 * Locks every membership of a partnership until the transaction ends and returns them as they are
 * now. Role changes, removals and leaving take this lock first, so that two of them can never
 * both see "another facilitator is left" and together leave the partnership without one.
 */
export async function lockMemberships(tx: Tx, partnershipId: string): Promise<LockedMembership[]> {
  return tx.$queryRaw<LockedMembership[]>`
    SELECT "id", "userId", "role"::text AS "role" FROM "Membership"
    WHERE "partnershipId" = ${partnershipId}
    ORDER BY "id"
    FOR UPDATE`;
}
