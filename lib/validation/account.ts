import { z } from "zod";
import { LIMITS, requiredText } from "@/lib/validation/fields";

/** Deleting an account is confirmed by typing its email address (compared case-insensitively). */
export const ZDeleteAccountInput = z.object({
  confirmEmail: requiredText(LIMITS.email).transform((value) => value.toLowerCase()),
});
export type DeleteAccountInput = z.infer<typeof ZDeleteAccountInput>;
