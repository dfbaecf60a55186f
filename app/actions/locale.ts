"use server";

import { currentUser } from "@/lib/guards";
import { isLocale } from "@/lib/i18n/config";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { setUserLocale } from "@/lib/users/set-locale";

/**
 * Keeps the chosen language in this browser and, when signed in, on the account. The page the
 * form was sent from is rendered again, so the user stays where they were.
 */
export async function chooseLanguage(formData: FormData) {
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  if (!isLocale(locale)) return;
  await rememberLocale(locale);
  const user = await currentUser();
  if (user) await setUserLocale(user.id, locale);
}
