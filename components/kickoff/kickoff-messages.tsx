import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/messages";

/** The kickoff's texts for its client components, sent only with the kickoff's own pages. */
export async function WithKickoffMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ ...clientMessages(messages), kickoff: messages.kickoff }}>{children}</NextIntlClientProvider>;
}
