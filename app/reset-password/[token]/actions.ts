"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resetPassword } from "@/lib/users/reset-password";
import { validatedAction } from "@/lib/validated-action";
import { ZResetPasswordInput } from "@/lib/validation/recovery";

/** `Set new password`: through the emailed link, once; then off to sign in with the new password. */
export const resetPasswordAction = validatedAction(ZResetPasswordInput, async (input) => {
  const result = await resetPassword(input);
  if (!result.ok) return { status: "error", message: (await getTranslations("auth"))("resetLinkInvalid") };
  redirect("/sign-in?passwordReset=1");
});
