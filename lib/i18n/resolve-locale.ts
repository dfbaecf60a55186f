import "server-only";
import { cookies, headers } from "next/headers";
import { auth } from "@/lib/auth";
import { isLocale, LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

/** The user's choice (this browser's cookie, else their account), else Accept-Language, else English. */
export async function resolveLocale(): Promise<AppLocale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const session = await auth();
  if (isLocale(session?.user.locale)) return session.user.locale;
  return negotiateLocale((await headers()).get("accept-language"));
}
