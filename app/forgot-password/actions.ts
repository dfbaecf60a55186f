"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { clientAddress } from "@/lib/request-meta";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { validatedAction } from "@/lib/validated-action";
import { ZForgotPasswordInput } from "@/lib/validation/recovery";

/** `Send reset link`: one answer for every address (a link goes out only where an account exists). */
export const requestPasswordResetAction = validatedAction(ZForgotPasswordInput, async ({ email }) => {
  const requestHeaders = await headers();
  await requestPasswordReset({ email, address: clientAddress(requestHeaders) }, requestHeaders);
  return { status: "success", message: (await getTranslations("auth"))("resetLinkSent") };
});
