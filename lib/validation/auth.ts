import { z } from "zod";
import { email, LIMITS, password, requiredText } from "@/lib/validation/fields";

export const ZSignUpInput = z.object({
  name: requiredText(LIMITS.name),
  email,
  password,
});
export type SignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.object({
  email,
  password: z.string().min(1).max(LIMITS.passwordMax),
});
export type SignInInput = z.infer<typeof ZSignInInput>;
