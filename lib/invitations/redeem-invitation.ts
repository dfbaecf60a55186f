import "server-only";
import { db } from "@/lib/db";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { countInviteTry } from "@/lib/invitations/count-invite-try";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { removedSinceInvitation } from "@/lib/invitations/removed-since-invitation";
import { maskEmail } from "@/lib/invitations/mask-email";
import { logger } from "@/lib/logger";
import { addMember } from "@/lib/memberships/add-member";

const REFUSAL = { revoked: "INVITE_REVOKED", expired: "INVITE_EXPIRED", usedUp: "INVITE_USED_UP" } as const;

type Outcome =
  | { partnershipId: string; invitationId: string; joined: boolean }
  | { refused: AppErrorCode; message: string; params?: Record<string, string | number> };

/**
 * Joins the partnership an invite link belongs to. Someone already in it just goes there (no use
 * of the link counted). The link's row stays locked from the check to the count, and the count
 * only rises while below the maximum, so concurrent joins never exceed `maxUses`. Refusals are
 * returned from the transaction rather than thrown, so that the try still counts.
 *
 * Someone a facilitator removed comes back only through a link made after the removal
 * (INVITE_PREDATES_REMOVAL, no use counted). A removal commits the membership's deletion and
 * its MemberRemoval together, and this reads the membership before the removal: a join racing a
 * removal either finds them still a member (nothing changes, the removal then goes through) or
 * finds both the membership gone and the removal recorded, never a gap between the two.
 *
 * A personal (emailed) invitation lets in only the account with its address: anyone else is
 * refused with FORBIDDEN, its `params.maskedEmail` naming the address masked. Joining through it
 * records joinedAt (and openedAt, if the page was never shown).
 */
export async function redeemInvitation(input: { userId: string; token: string; organisation: string; address: string }) {
  const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
    const waitMinutes = await countInviteTry(tx, input.address);
    if (waitMinutes > 0) return { refused: "RATE_LIMITED", message: "address blocked", params: { minutes: waitMinutes } };
    const invitation = await findInvitation(tx, input.token, { lock: true });
    if (!invitation) return { refused: "NOT_FOUND", message: "unknown invite token" };
    const { partnershipId } = invitation;
    const existing = await tx.membership.findUnique({
      where: { userId_partnershipId: { userId: input.userId, partnershipId } },
      select: { id: true },
    });
    if (existing) return { partnershipId, invitationId: invitation.id, joined: false };
    if (invitation.state !== "open") return { refused: REFUSAL[invitation.state], message: `invitation ${invitation.id} is ${invitation.state}` };
    if (await removedSinceInvitation(tx, { userId: input.userId, invitationId: invitation.id })) {
      return { refused: "INVITE_PREDATES_REMOVAL", message: `user was removed from partnership ${partnershipId} after invitation ${invitation.id} was made` };
    }
    if (invitation.email) {
      const account = await tx.user.findUnique({ where: { id: input.userId }, select: { email: true } });
      if (account?.email !== invitation.email) {
        return { refused: "FORBIDDEN", message: `invitation ${invitation.id} is for another address`, params: { maskedEmail: maskEmail(invitation.email) } };
      }
    }
    const counted = await tx.$executeRaw`
      UPDATE "Invitation" SET "useCount" = "useCount" + 1,
        "joinedAt" = CASE WHEN "email" IS NULL THEN "joinedAt" ELSE now() END,
        "openedAt" = CASE WHEN "email" IS NULL THEN "openedAt" ELSE COALESCE("openedAt", now()) END
      WHERE "id" = ${invitation.id} AND "revokedAt" IS NULL AND "expiresAt" > now()
        AND ("maxUses" IS NULL OR "useCount" < "maxUses")`;
    if (counted !== 1) return { refused: "INVITE_USED_UP", message: `invitation ${invitation.id} is used up` };
    await addMember(tx, { partnershipId, userId: input.userId, organisation: input.organisation });
    return { partnershipId, invitationId: invitation.id, joined: true };
  });
  const fields = { userId: input.userId, address: input.address };
  if ("refused" in outcome) {
    logger.security("invitation.refused", { ...fields, reason: outcome.refused });
    throw new AppError(outcome.refused, { message: outcome.message, params: outcome.params });
  }
  logger.info("invitation.redeemed", { ...fields, partnershipId: outcome.partnershipId, invitationId: outcome.invitationId, joined: outcome.joined });
  return { partnershipId: outcome.partnershipId, joined: outcome.joined };
}
