"use server";

import { getTranslations } from "next-intl/server";
import { deleteAccount } from "@/lib/account/delete-account";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/guards";
import { validatedAction } from "@/lib/validated-action";
import { ZDeleteAccountInput } from "@/lib/validation/account";

/** Deletes the signed-in user's account; the browser signs out afterwards. */
export const deleteAccountAction = validatedAction(ZDeleteAccountInput, async ({ confirmEmail }) => {
  const user = await requireUser();
  try {
    await deleteAccount(user.id, confirmEmail);
  } catch (error) {
    if (!isAppError(error, "INVALID")) throw error;
    const message = (await getTranslations("account"))("emailMismatch");
    return { status: "error", message, fieldErrors: { confirmEmail: message }, values: { confirmEmail } };
  }
  return { status: "success" };
});
