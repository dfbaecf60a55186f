import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { composeEmail } from "@/lib/mail/compose-email";
import { emailTranslator } from "@/lib/mail/email-translator";
import type { OutgoingEmail } from "@/lib/mail/queue-email";

/**
 * The link that proves an address is the recipient's: after signing up, or for a new address
 * the account is moving to (`newAddress`). Valid 24 hours.
 */
export async function verifyEmailMessage(input: { to: string; name: string; locale: Locale; url: string; newAddress?: boolean }): Promise<OutgoingEmail> {
  const t = await emailTranslator(input.locale);
  const { text, html } = composeEmail(
    {
      greeting: t("greeting", { name: input.name }),
      paragraphs: [input.newAddress ? t("verifyEmail.introNewAddress") : t("verifyEmail.intro")],
      action: { label: t("verifyEmail.action"), url: input.url },
      after: [t("verifyEmail.after")],
      footer: t("footer"),
    },
    input.locale,
  );
  return { to: input.to, kind: "verify-email", locale: input.locale, subject: t("verifyEmail.subject"), text, html };
}
