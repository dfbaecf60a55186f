import "server-only";
import { db } from "@/lib/db";
import { newInviteToken } from "@/lib/invitations/invite-token";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { logger } from "@/lib/logger";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A new invite link for the partnership; facilitators only. Returns the token once, for the link
 * shown to the facilitator: only its SHA-256 fingerprint is stored, so it cannot be shown again.
 * Its creation time is the database's clock (not this server's), like a removal's: a removed
 * member may join only through a link made after the removal (see redeemInvitation).
 */
export async function createInvitation(actorId: string, partnershipId: string, options: { maxUses?: number; expiresInDays: number }) {
  return logRefusals("invitation.create", { actorId, partnershipId }, async () => {
    const { token, tokenHash } = newInviteToken();
    const invitation = await db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`SELECT clock_timestamp() AS "now"`;
      return tx.invitation.create({
        data: {
          partnershipId,
          tokenHash,
          createdById: actorId,
          maxUses: options.maxUses ?? null,
          createdAt: now,
          expiresAt: new Date(now.getTime() + options.expiresInDays * DAY_MS),
        },
        select: { id: true, expiresAt: true, maxUses: true },
      });
    });
    logger.info("invitation.created", { actorId, partnershipId, invitationId: invitation.id });
    return { token, invitation };
  });
}
