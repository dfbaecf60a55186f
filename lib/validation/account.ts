import { z } from "zod";
import { LIMITS } from "@/lib/validation/fields";

/** Deleting an account is confirmed by typing its email address (compared case-insensitively). */
export const ZDeleteAccountInput = z.object({
  confirmEmail: z.string().trim().toLowerCase().min(1).max(LIMITS.email),
});
export type DeleteAccountInput = z.infer<typeof ZDeleteAccountInput>;
