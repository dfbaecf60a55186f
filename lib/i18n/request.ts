import { getRequestConfig } from "next-intl/server";
import { TIME_ZONE } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, timeZone: TIME_ZONE, messages: await loadMessages(locale) };
});
