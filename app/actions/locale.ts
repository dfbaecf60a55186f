"use server";

import { isDatabaseUnavailable } from "@/lib/db-health";
import { currentUser } from "@/lib/guards";
import { isLocale } from "@/lib/i18n/config";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { logger } from "@/lib/logger";
import { setUserLocale } from "@/lib/users/set-locale";

/**
 * Keeps the chosen language in this browser and, when signed in, on the account. The page the
 * form was sent from is rendered again, so the user stays where they were. With the database
 * away the browser's choice still holds; the account learns it at the next choice.
 */
export async function chooseLanguage(formData: FormData) {
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  if (!isLocale(locale)) return;
  await rememberLocale(locale);
  try {
    const user = await currentUser();
    if (user) await setUserLocale(user.id, locale);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logger.warn("locale.not_saved_on_account", { reason: "database_unavailable" });
  }
}
