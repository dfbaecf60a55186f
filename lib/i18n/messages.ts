import type { AppLocale } from "@/lib/i18n/config";
import type en from "@/lib/i18n/messages/en";

export type Messages = typeof en;

export async function loadMessages(locale: AppLocale): Promise<Messages> {
  const loaded = locale === "nl" ? await import("@/lib/i18n/messages/nl") : await import("@/lib/i18n/messages/en");
  return loaded.default;
}

/**
 * Namespaces that client components on every page translate; only these are sent to every page.
 * A page whose client components need more (the sign-in forms need "auth", for instance) adds
 * them with <ClientMessages>, so that other pages do not carry them.
 */
export const CLIENT_NAMESPACES = ["common", "errors"] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Messages) {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}
