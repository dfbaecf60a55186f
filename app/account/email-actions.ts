"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/guards";
import { requestEmailChange } from "@/lib/users/request-email-change";
import { resendVerification } from "@/lib/users/resend-verification";
import { validatedAction } from "@/lib/validated-action";
import { ZChangeEmailInput, ZResendVerificationInput } from "@/lib/validation/recovery";

/** `Send the link again`: a new confirmation link for the signed-in user's unconfirmed address. */
export const resendVerificationAction = validatedAction(ZResendVerificationInput, async () => {
  const user = await requireUser();
  const t = await getTranslations("account");
  const sentTo = await resendVerification(user.id, await headers());
  return { status: "success", message: sentTo ? t("resent", { email: sentTo }) : t("nothingToConfirm") };
});

/** Moves the signed-in user's account to a new address once that address confirms it. */
export const changeEmailAction = validatedAction(ZChangeEmailInput, async (input) => {
  const user = await requireUser();
  const t = await getTranslations("account");
  const result = await requestEmailChange(user.id, input, await headers());
  if (result.ok) return { status: "success", message: t("emailChangeRequested", { email: input.newEmail }) };
  const message = result.reason === "WRONG_PASSWORD" ? t("wrongPassword") : t("sameEmail");
  const field = result.reason === "WRONG_PASSWORD" ? "currentPassword" : "newEmail";
  return { status: "error", message, fieldErrors: { [field]: message }, values: { newEmail: input.newEmail } };
});
