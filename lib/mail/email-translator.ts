import "server-only";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * The words of emails in one recipient's language (namespace "email"), outside any request:
 * a message is written in its recipient's language, not the sender's.
 */
export async function emailTranslator(locale: Locale) {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages, namespace: "email" });
}
