import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countInviteTry } from "@/lib/invitations/count-invite-try";
import { findInvitation, type InvitationState } from "@/lib/invitations/find-invitation";
import { previewSharing, type InvitationSharing } from "@/lib/invitations/preview-sharing";
import { removedSinceInvitation } from "@/lib/invitations/removed-since-invitation";
import { maskEmail } from "@/lib/invitations/mask-email";
import { logger } from "@/lib/logger";
import { inviteToken } from "@/lib/validation/invitation";

export type InvitationPreview =
  | { status: "open"; partnership: { name: string; commonGoal: string }; sharing?: InvitationSharing; invitedEmail?: string }
  | { status: "otherAddress"; maskedEmail: string }
  | { status: "member"; partnershipId: string }
  | { status: "removed" }
  | { status: "unknown" }
  | { status: Exclude<InvitationState, "open"> };

/**
 * What the invite page shows for a token. Only an open link reveals the partnership's name and
 * goal; someone already in the partnership is sent there whatever the state of the link.
 * Someone removed from the partnership after the link was made gets "removed" instead (the
 * link would refuse them, see redeemInvitation). A signed-in viewer of an open link also gets
 * what they would share with the partnership on joining (`sharing`), for informed consent.
 * Counts as a try of an invite link: RATE_LIMITED once this address tried too many.
 *
 * A personal (emailed) invitation is for its address only: a viewer signed in with another
 * account gets "otherAddress" with the address masked, and nothing of the partnership; a viewer
 * signed out gets the masked address to sign up or in with (`invitedEmail`). Its first opening by
 * a signed-out viewer or its own account is recorded (openedAt).
 */
export async function previewInvitation(input: { token: string; viewerId: string | null; address: string }): Promise<InvitationPreview> {
  const outcome = await db.$transaction(async (tx): Promise<{ waitMinutes: number } | { preview: InvitationPreview }> => {
    const waitMinutes = await countInviteTry(tx, input.address);
    if (waitMinutes > 0) return { waitMinutes };
    const invitation = inviteToken.safeParse(input.token).success ? await findInvitation(tx, input.token) : null;
    if (!invitation) return { preview: { status: "unknown" } };
    if (input.viewerId) {
      const membership = await tx.membership.findUnique({
        where: { userId_partnershipId: { userId: input.viewerId, partnershipId: invitation.partnershipId } },
        select: { id: true },
      });
      if (membership) return { preview: { status: "member", partnershipId: invitation.partnershipId } };
    }
    if (invitation.state !== "open") return { preview: { status: invitation.state } };
    if (input.viewerId && (await removedSinceInvitation(tx, { userId: input.viewerId, invitationId: invitation.id }))) {
      return { preview: { status: "removed" } };
    }
    if (invitation.email) {
      if (input.viewerId) {
        const viewer = await tx.user.findUnique({ where: { id: input.viewerId }, select: { email: true } });
        if (viewer?.email !== invitation.email) return { preview: { status: "otherAddress", maskedEmail: maskEmail(invitation.email) } };
      }
      await tx.$executeRaw`UPDATE "Invitation" SET "openedAt" = now() WHERE "id" = ${invitation.id} AND "openedAt" IS NULL`;
    }
    const partnership = await tx.partnership.findUniqueOrThrow({
      where: { id: invitation.partnershipId },
      select: { name: true, commonGoal: true },
    });
    if (!input.viewerId) {
      return { preview: invitation.email ? { status: "open", partnership, invitedEmail: maskEmail(invitation.email) } : { status: "open", partnership } };
    }
    const sharing = await previewSharing(tx, { viewerId: input.viewerId, partnershipId: invitation.partnershipId });
    return { preview: { status: "open", partnership, sharing } };
  });
  if ("waitMinutes" in outcome) throw new AppError("RATE_LIMITED", { params: { minutes: outcome.waitMinutes } });
  if (outcome.preview.status === "unknown") logger.security("invitation.unknown", { address: input.address, userId: input.viewerId ?? undefined });
  if (outcome.preview.status === "removed") logger.security("invitation.removedMember", { address: input.address, userId: input.viewerId ?? undefined });
  if (outcome.preview.status === "otherAddress") logger.security("invitation.otherAddress", { address: input.address, userId: input.viewerId ?? undefined });
  return outcome.preview;
}
