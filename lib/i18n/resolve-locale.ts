import "server-only";
import { cookies, headers } from "next/headers";
import { auth } from "@/lib/auth";
import { currentUser } from "@/lib/guards";
import { isLocale, LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

/**
 * The language of this request: the signed-in user's choice as kept on their account, else the
 * choice made in this browser (a cookie), else the browser's Accept-Language, else English.
 */
export async function resolveLocale(): Promise<AppLocale> {
  const account = await accountLocale();
  if (account) return account;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

/**
 * Read from the database, so that a choice made in another browser applies at once. While the
 * database is unreachable, the locale the session was signed in with is used instead: forms must
 * still be able to say, in the user's language, that nothing was saved.
 */
async function accountLocale(): Promise<AppLocale | null> {
  const session = await auth();
  if (!session) return null;
  try {
    const user = await currentUser();
    return user?.locale ?? null;
  } catch {
    return isLocale(session.user.locale) ? session.user.locale : null;
  }
}
