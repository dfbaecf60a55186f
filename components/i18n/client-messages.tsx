import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES, type Messages } from "@/lib/i18n/messages";

/**
 * Makes these namespaces (besides the app-wide client ones) available to the client components
 * below, so that a feature's strings reach the browser only on the pages that use them.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: (keyof Messages)[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries([...CLIENT_NAMESPACES, ...namespaces].map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
