"use server";

import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { deleteAccount } from "@/lib/account/delete-account";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/guards";
import { expiredSessionCookies } from "@/lib/http/session-cookies";
import { validatedAction } from "@/lib/validated-action";
import { ZDeleteAccountInput } from "@/lib/validation/account";

/**
 * Deletes the signed-in user's account, confirmed with its password (or its email address, for an
 * account without a password), and ends the session in this browser.
 */
export const deleteAccountAction = validatedAction(ZDeleteAccountInput, async (confirmation) => {
  const user = await requireUser();
  try {
    await deleteAccount(user.id, confirmation);
  } catch (error) {
    if (!isAppError(error, "INVALID")) throw error;
    const t = await getTranslations("account");
    const field = error.field === "confirmEmail" ? "confirmEmail" : "password";
    const message = field === "confirmEmail" ? t("wrongEmail") : t("wrongPassword");
    return { status: "error", message, fieldErrors: { [field]: message }, values: field === "confirmEmail" ? { confirmEmail: confirmation.confirmEmail ?? "" } : undefined };
  }
  const jar = await cookies();
  for (const cookie of expiredSessionCookies(jar.getAll().map(({ name }) => name))) jar.set(cookie);
  return { status: "success" };
});
