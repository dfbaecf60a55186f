import type { AppLocale } from "@/lib/i18n/config";
import type en from "@/lib/i18n/messages/en";

export type Messages = typeof en;

export async function loadMessages(locale: AppLocale): Promise<Messages> {
  const loaded = locale === "nl" ? await import("@/lib/i18n/messages/nl") : await import("@/lib/i18n/messages/en");
  return loaded.default;
}

/** Namespaces that client components translate; only these are sent to the browser. */
export const CLIENT_NAMESPACES = ["common", "errors", "auth", "validation"] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Messages) {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}
