"use server";

import { cookies } from "next/headers";
import { currentUser } from "@/lib/guards";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { setUserLocale } from "@/lib/users/set-locale";

const ONE_YEAR = 365 * 24 * 60 * 60;

/** Keeps the chosen language in this browser and, when signed in, on the account. */
export async function chooseLanguage(formData: FormData) {
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true, path: "/" });
  const user = await currentUser();
  if (user) await setUserLocale(user.id, locale);
}
