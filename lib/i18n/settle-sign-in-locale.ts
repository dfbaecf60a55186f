import "server-only";
import type { AppLocale } from "@/lib/i18n/config";
import { chosenLocale, rememberLocale } from "@/lib/i18n/locale-cookie";
import { setUserLocale } from "@/lib/users/set-locale";

/**
 * At sign-in the account's language wins, and this browser follows it (also once signed out
 * again). An account without a language keeps the one chosen in this browser before signing in.
 */
export async function settleSignInLocale(user: { id: string; locale: AppLocale | null }): Promise<AppLocale | null> {
  const chosen = await chosenLocale();
  if (user.locale) {
    if (chosen !== user.locale) await rememberLocale(user.locale);
    return user.locale;
  }
  if (chosen) await setUserLocale(user.id, chosen);
  return chosen;
}
