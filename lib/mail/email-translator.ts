import "server-only";
// use-intl is next-intl's core: next-intl's react-server entry needs a Next request, which a job or a
// test process has not.
import { createTranslator } from "use-intl/core";
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
