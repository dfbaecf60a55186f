import "server-only";
import { recordAudienceChange } from "@/lib/audience/record-audience-change";
import { db } from "@/lib/db";
import { forgetPartnership } from "@/lib/collaboration/get-collaboration-view";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { lockMemberships } from "@/lib/memberships/lock-memberships";
import { recordDepartures } from "@/lib/memberships/record-departures";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import { signInAccountKey } from "@/lib/rate-limit/rules";
import { confirmAccountOwner, type OwnerConfirmation } from "@/lib/users/confirm-account-owner";

/**
 * Deletes a user's account and everything that is theirs (profile, mission, memberships with
 * contributions and notes, reveals, sessions, linked organisation accounts: the foreign keys
 * cascade), confirmed with the account's password (INVALID on `password` when it is wrong; wrong
 * guesses count as failed sign-ins), or for an account without one by its email address (INVALID
 * on `confirmEmail`). Partnerships stay consistent, all in one transaction: where the user was the last
 * facilitator, the longest-standing other member becomes facilitator (and the members whose
 * "Facilitators" answers they can now read are told); a partnership left with no members is deleted.
 */
export async function deleteAccount(userId: string, confirmation: string | OwnerConfirmation) {
  await confirmAccountOwner(userId, typeof confirmation === "string" ? { password: confirmation } : confirmation);
  const outcome = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw new AppError("NOT_FOUND", { message: `user ${userId} does not exist` });

    const partnershipIds = (await tx.membership.findMany({ where: { userId }, select: { partnershipId: true } }))
      .map((membership) => membership.partnershipId)
      .sort();
    // The memberships' lock, as role changes, removals and leaving take it (memberships first,
    // the partnership's row after): two facilitators deleting their accounts at once take turns,
    // so no partnership ends up without one. Partnerships in id order, so that this cannot deadlock.
    for (const partnershipId of partnershipIds) await lockMemberships(tx, partnershipId);

    const emptied: string[] = [];
    const remaining: string[] = [];
    const promoted: string[] = [];
    for (const partnershipId of partnershipIds) {
      const others = await tx.membership.findMany({
        where: { partnershipId, userId: { not: userId } },
        orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
        select: { id: true, userId: true, role: true },
      });
      const longestStanding = others[0];
      if (!longestStanding) {
        emptied.push(partnershipId);
        continue;
      }
      remaining.push(partnershipId);
      if (!others.some((other) => other.role === "FACILITATOR")) {
        await tx.membership.update({ where: { id: longestStanding.id }, data: { role: "FACILITATOR" } });
        await recordAudienceChange(tx, partnershipId, longestStanding.userId, "SUCCESSION");
        promoted.push(longestStanding.id);
      }
    }

    if (remaining.length > 0) await touchPartnershipViews(tx, { partnershipIds: remaining });
    // The partnerships that go on remember that someone left; once the account is gone, not who.
    await recordDepartures(tx, userId, remaining, "ACCOUNT_DELETED");
    if (emptied.length > 0) await tx.partnership.deleteMany({ where: { id: { in: emptied } } });
    await tx.user.delete({ where: { id: userId } });
    // Failed sign-ins were counted under the typed address; it goes with the account.
    await tx.rateLimit.deleteMany({ where: { key: signInAccountKey(user.email) } });
    return { deletedPartnerships: emptied, promotedMemberships: promoted };
  });
  // This instance's cached views of the deleted partnerships go at once (others notice within a minute).
  for (const partnershipId of outcome.deletedPartnerships) forgetPartnership(partnershipId);
  logger.info("account.deleted", {
    userId,
    deletedPartnerships: outcome.deletedPartnerships.length,
    promotedFacilitators: outcome.promotedMemberships.length,
  });
  return outcome;
}
