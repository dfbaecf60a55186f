import "server-only";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The acting user's membership of a partnership, checked again inside the domain (the entry
 * point's guard is the first check, this the second). Not a member: NOT_FOUND, so that a
 * partnership's existence is not revealed.
 */
export async function memberOf(client: Db | Tx, userId: string, partnershipId: string) {
  const membership = await client.membership.findUnique({
    where: { userId_partnershipId: { userId, partnershipId } },
    select: { id: true, role: true, userId: true, partnershipId: true },
  });
  if (!membership) throw new AppError("NOT_FOUND", { message: `user ${userId} is not in partnership ${partnershipId}` });
  return membership;
}

/** As memberOf, and FORBIDDEN unless the user facilitates the partnership. */
export async function facilitatorOf(client: Db | Tx, userId: string, partnershipId: string) {
  const membership = await memberOf(client, userId, partnershipId);
  if (membership.role !== "FACILITATOR") {
    throw new AppError("FORBIDDEN", { message: `user ${userId} does not facilitate partnership ${partnershipId}` });
  }
  return membership;
}
