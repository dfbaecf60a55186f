import { z } from "zod";
import { email, LIMITS, requiredText, text } from "@/lib/validation/fields";
import { EMAIL_INVITE_LIMITS, INVITE_LIMITS } from "@/lib/validation/invitation-limits";
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

/**
 * A list of email addresses as typed: separated by commas, semicolons, spaces or new lines.
 * Each is lower-cased and given once; `invalid` are the pieces that are not an address (as typed).
 */
export function splitEmailList(typed: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const piece of typed.replaceAll("\u0000", "").toWellFormed().split(/[\s,;]+/)) {
    const candidate = piece.replace(/^<|>$/g, "").trim();
    if (!candidate) continue;
    const parsed = email.safeParse(candidate);
    if (!parsed.success) {
      if (!invalid.includes(candidate)) invalid.push(candidate);
    } else if (!emails.includes(parsed.data)) {
      emails.push(parsed.data);
    }
  }
  return { emails, invalid };
}

/**
 * Sending invitations by email. The addresses come as typed (one text); the action splits them
 * with splitEmailList and answers bad or too many addresses with a message naming them.
 */
export const ZSendInvitationsInput = z.object({
  partnershipId: recordId,
  emails: requiredText(EMAIL_INVITE_LIMITS.addressesTextMax),
  message: text(EMAIL_INVITE_LIMITS.messageMax).optional().default(""),
});
export type SendInvitationsInput = z.infer<typeof ZSendInvitationsInput>;
