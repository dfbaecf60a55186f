import "server-only";
// use-intl is next-intl's own core (its dependency): next-intl's react-server entry needs a Next
// request (next/headers), which a transaction run outside one (a test process, a job) has not.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import type { NotificationsTranslator } from "@/lib/notifications/describe-notification";

/**
 * Words of one namespace ("notifications", or "email" for the frame of the message) in one
 * recipient's language, outside any request: a notification email is written in its recipient's
 * language, whoever caused it.
 */
export async function notificationsTranslator(locale: Locale, namespace: "notifications" | "email" = "notifications"): Promise<NotificationsTranslator> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace });
  return (key, values) => (t as unknown as NotificationsTranslator)(key, values);
}
