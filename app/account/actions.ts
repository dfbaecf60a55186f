"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/guards";
import { expiredSessionCookies } from "@/lib/http/session-cookies";
import { logger } from "@/lib/logger";
import { db } from "@/lib/db";
import { currentSessionId } from "@/lib/sessions/current-session-id";
import { endSessions } from "@/lib/sessions/end-sessions";
import { changePassword } from "@/lib/users/change-password";
import { validatedAction } from "@/lib/validated-action";
import { ZChangePasswordInput } from "@/lib/validation/account";

/** Changes the signed-in user's password; every other browser of the account is signed out. */
export const changePasswordAction = validatedAction(ZChangePasswordInput, async (input) => {
  const user = await requireUser();
  const t = await getTranslations("account");
  try {
    const { endedSessions } = await changePassword(user.id, input, { keepSessionId: await currentSessionId() });
    return { status: "success", message: t("passwordChanged", { count: endedSessions }) };
  } catch (error) {
    if (!isAppError(error, "INVALID")) throw error;
    const message = t("wrongPassword");
    return { status: "error", message, fieldErrors: { currentPassword: message } };
  }
});

/** Ends every session of the signed-in user, this one too, and sends this browser to sign in. */
export async function signOutEverywhereAction() {
  const user = await requireUser();
  const ended = await endSessions(db, user.id);
  logger.info("sign_out.everywhere", { userId: user.id, endedSessions: ended });
  const jar = await cookies();
  for (const cookie of expiredSessionCookies(jar.getAll().map(({ name }) => name))) jar.set(cookie);
  redirect("/sign-in");
}
