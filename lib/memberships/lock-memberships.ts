import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
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

/**
 * For a facilitator acting on another membership: locks the partnership's memberships, checks
 * again under the lock that the actor still facilitates, and finds the target. Also returns how
 * many facilitators there are now, for the last-facilitator rule.
 */
export async function lockForFacilitatorAction(tx: Tx, actorId: string, partnershipId: string, membershipId: string) {
  const memberships = await lockMemberships(tx, partnershipId);
  const actor = memberships.find((membership) => membership.userId === actorId);
  if (!actor) throw new AppError("NOT_FOUND", { message: `user ${actorId} left partnership ${partnershipId}` });
  if (actor.role !== "FACILITATOR") throw new AppError("FORBIDDEN", { message: `user ${actorId} no longer facilitates ${partnershipId}` });
  const target = memberships.find((membership) => membership.id === membershipId);
  if (!target) throw new AppError("NOT_FOUND", { message: `membership ${membershipId} is not in partnership ${partnershipId}` });
  const facilitators = memberships.filter((membership) => membership.role === "FACILITATOR").length;
  return { target, facilitators };
}
