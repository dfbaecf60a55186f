import { z } from "zod";
import { LIMITS, password } from "@/lib/validation/fields";

/** A password typed to confirm who is acting (checked against the account's, never stored). */
const currentPassword = z.string().min(1).max(LIMITS.passwordMax);

/** Deleting an account is confirmed with the account's password. */
export const ZDeleteAccountInput = z.object({
  password: currentPassword,
});
export type DeleteAccountInput = z.infer<typeof ZDeleteAccountInput>;

/** Changing the password: the current one, and a new one as long as sign-up asks. */
export const ZChangePasswordInput = z.object({
  currentPassword,
  newPassword: password,
});
export type ChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
