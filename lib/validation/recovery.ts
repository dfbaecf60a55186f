import { z } from "zod";
import { email, LIMITS, password } from "@/lib/validation/fields";

/** An account token as links carry it: 32 bytes in base64url. Anything else is refused unread. */
const accountToken = z.string().trim().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** `Send reset link`: the address typed. */
export const ZForgotPasswordInput = z.object({ email });
export type ForgotPasswordInput = z.infer<typeof ZForgotPasswordInput>;

/** `Set new password`: the link's token and the new password. */
export const ZResetPasswordInput = z.object({ token: accountToken, password });
export type ResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

/** Changing the account's address: the new one, confirmed by the current password. */
export const ZChangeEmailInput = z.object({
  newEmail: email,
  currentPassword: z.string().min(1).max(LIMITS.passwordMax),
});
export type ChangeEmailInput = z.infer<typeof ZChangeEmailInput>;

/** `Send the link again`: nothing to fill in. */
export const ZResendVerificationInput = z.object({});
