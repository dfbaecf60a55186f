import { getRequestConfig } from "next-intl/server";
import { isLocale, TIME_ZONE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { logger } from "@/lib/logger";

export default getRequestConfig(async ({ locale: requested }) => {
  // An explicit locale (getTranslations({ locale })) is for text in that language, e.g. the
  // language switch naming each language in itself; otherwise, the request's own language.
  const locale = isLocale(requested) ? requested : await resolveLocale();
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: await loadMessages(locale),
    // A missing message is logged; the page shows its key (which the end-to-end tests look for).
    onError: (error) => logger.error("i18n.message_error", { code: error.code, locale }),
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  };
});
