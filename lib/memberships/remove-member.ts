import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockForFacilitatorAction } from "@/lib/memberships/lock-memberships";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { recordDepartures } from "@/lib/memberships/record-departures";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Takes someone out of the partnership (their role there, contributions and reveals go; their
 * profile stays theirs); facilitators only. The last facilitator cannot be removed
 * (LAST_FACILITATOR).
 *
 * The removal is remembered (MemberRemoval, one row per person and partnership, the latest
 * removal's time), so that no invite link made before it lets them back in (see
 * redeemInvitation); and, as every departure, recorded for "since the last session". The time is
 * the database's clock, read after the memberships are locked: waiting for the lock never dates
 * the removal earlier than it happened.
 */
export async function removeMember(actorId: string, partnershipId: string, membershipId: string) {
  return logRefusals("member.remove", { actorId, partnershipId, membershipId }, () =>
    db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      const { target, facilitators } = await lockForFacilitatorAction(tx, actorId, partnershipId, membershipId);
      if (target.role === "FACILITATOR" && facilitators <= 1) throw new AppError("LAST_FACILITATOR");
      await recordDepartures(tx, target.userId, [partnershipId], "REMOVED");
      await tx.membership.deleteMany({ where: { id: membershipId, partnershipId } });
      await tx.$executeRaw`
        INSERT INTO "MemberRemoval" ("userId", "partnershipId", "removedAt")
        VALUES (${target.userId}, ${partnershipId}, clock_timestamp())
        ON CONFLICT ("userId", "partnershipId") DO UPDATE SET "removedAt" = EXCLUDED."removedAt"`;
      // Answers revealed at a kickoff were shown to this partnership while they belonged to it.
      await tx.fieldReveal.deleteMany({ where: { userId: target.userId, partnershipId } });
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
      return { removedUserId: target.userId };
    }),
  );
}
