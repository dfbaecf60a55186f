import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockForFacilitatorAction } from "@/lib/memberships/lock-memberships";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Takes someone out of the partnership (their role there, contributions and reveals go; their
 * profile stays theirs); facilitators only. The last facilitator cannot be removed
 * (LAST_FACILITATOR).
 */
export async function removeMember(actorId: string, partnershipId: string, membershipId: string) {
  return logRefusals("member.remove", { actorId, partnershipId, membershipId }, () =>
    db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      const { target, facilitators } = await lockForFacilitatorAction(tx, actorId, partnershipId, membershipId);
      if (target.role === "FACILITATOR" && facilitators <= 1) throw new AppError("LAST_FACILITATOR");
      await tx.membership.deleteMany({ where: { id: membershipId, partnershipId } });
      // Answers revealed at a kickoff were shown to this partnership while they belonged to it.
      await tx.fieldReveal.deleteMany({ where: { userId: target.userId, partnershipId } });
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
      return { removedUserId: target.userId };
    }),
  );
}
