import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { logger } from "@/lib/logger";

/** Withdraws an invite link of the partnership; facilitators only. Members who joined with it stay. */
export async function revokeInvitation(actorId: string, partnershipId: string, invitationId: string) {
  return logRefusals("invitation.revoke", { actorId, partnershipId, invitationId }, async () => {
    await db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      const found = await tx.invitation.findFirst({ where: { id: invitationId, partnershipId }, select: { id: true } });
      if (!found) throw new AppError("NOT_FOUND", { message: `invitation ${invitationId} is not in partnership ${partnershipId}` });
      await tx.invitation.updateMany({ where: { id: invitationId, partnershipId, revokedAt: null }, data: { revokedAt: new Date() } });
    });
    logger.info("invitation.revoked", { actorId, partnershipId, invitationId });
  });
}
