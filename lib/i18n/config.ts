export const LOCALES = ["en", "nl"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";
/** The cookie that keeps a browser's language choice. */
export const LOCALE_COOKIE = "locale";
export const TIME_ZONE = "Europe/Amsterdam";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
