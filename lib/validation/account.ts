import { z } from "zod";
import { LIMITS, password, recordId } from "@/lib/validation/fields";

/** A password typed to confirm who is acting (checked against the account's, never stored). */
const currentPassword = z.string().min(1).max(LIMITS.passwordMax);

/**
 * Deleting an account is confirmed with the account's password, or, for an account without one
 * (it signs in through its organisation), by typing its email address.
 */
export const ZDeleteAccountInput = z
  .object({ password: currentPassword.optional(), confirmEmail: z.string().trim().toLowerCase().max(LIMITS.email).optional() })
  .refine((input) => input.password !== undefined || input.confirmEmail !== undefined, { path: ["password"], error: "a password or the email address" });
export type DeleteAccountInput = z.infer<typeof ZDeleteAccountInput>;

/** Changing the password: the current one, and a new one as long as sign-up asks. */
export const ZChangePasswordInput = z.object({
  currentPassword,
  newPassword: password,
});
export type ChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** `Unlink <provider>`: which of the user's organisation accounts. */
export const ZUnlinkOrganisationSignInInput = z.object({ organisationSignInId: recordId });
export type UnlinkOrganisationSignInInput = z.infer<typeof ZUnlinkOrganisationSignInInput>;

/** Making, replacing or stopping one's calendar feed link: nothing to send but the request. */
export const ZCalendarFeedInput = z.object({});
