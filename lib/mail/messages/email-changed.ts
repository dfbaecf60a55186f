import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { composeEmail } from "@/lib/mail/compose-email";
import { emailTranslator } from "@/lib/mail/email-translator";
import type { OutgoingEmail } from "@/lib/mail/queue-email";

/** To the previous address: the account now signs in with `newEmail`. */
export async function emailChangedMessage(input: { to: string; name: string; locale: Locale; newEmail: string }): Promise<OutgoingEmail> {
  const t = await emailTranslator(input.locale);
  const { text, html } = composeEmail(
    {
      greeting: t("greeting", { name: input.name }),
      paragraphs: [t("emailChanged.intro", { newEmail: input.newEmail })],
      after: [t("emailChanged.after")],
      footer: t("footer"),
    },
    input.locale,
  );
  return { to: input.to, kind: "email-changed", locale: input.locale, subject: t("emailChanged.subject"), text, html };
}
