import "server-only";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/config";

const ONE_YEAR = 365 * 24 * 60 * 60;

/** The language chosen in this browser, if any. */
export async function chosenLocale(): Promise<AppLocale | null> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : null;
}

/** Keeps a language in this browser (only where cookies may be set: actions and route handlers). */
export async function rememberLocale(locale: AppLocale) {
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true, path: "/" });
}
