import { z } from "zod";
import { LIMITS, text } from "@/lib/validation/fields";
import { INVITE_LIMITS } from "@/lib/validation/invitation-limits";
import { recordId } from "@/lib/validation/partnership";

/** A whole number typed into a form; a blank field means "not given". */
const optionalCount = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? Number(value) : undefined))
    .pipe(z.number().int().min(1).max(max).optional());

export const ZCreateInvitationInput = z.object({
  partnershipId: recordId,
  maxUses: optionalCount(INVITE_LIMITS.maxUses),
  expiresInDays: optionalCount(INVITE_LIMITS.maxDays).transform((days) => days ?? INVITE_LIMITS.defaultDays),
});
export type CreateInvitationInput = z.infer<typeof ZCreateInvitationInput>;

export const ZRevokeInvitationInput = z.object({ partnershipId: recordId, invitationId: recordId });
export type RevokeInvitationInput = z.infer<typeof ZRevokeInvitationInput>;

/** An invite token as the link carries it: 32 random bytes in base64url. */
export const inviteToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const ZJoinPartnershipInput = z.object({
  token: inviteToken,
  organisation: text(LIMITS.organisation).optional().default(""),
});
export type JoinPartnershipInput = z.infer<typeof ZJoinPartnershipInput>;
