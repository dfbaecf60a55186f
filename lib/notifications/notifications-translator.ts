import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import type { NotificationsTranslator } from "@/lib/notifications/describe-notification";

/** The "notifications" words in one recipient's language, outside any request (for emails). */
export async function notificationsTranslator(locale: Locale): Promise<NotificationsTranslator> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "notifications" });
  return (key, values) => (t as unknown as NotificationsTranslator)(key, values);
}
