import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { composeEmail } from "@/lib/mail/compose-email";
import { emailTranslator } from "@/lib/mail/email-translator";
import type { OutgoingEmail } from "@/lib/mail/queue-email";

/** Someone tried to sign up with the recipient's address: what to do if it was them (or not). */
export async function accountExistsMessage(input: { to: string; name: string; locale: Locale; resetUrl: string }): Promise<OutgoingEmail> {
  const t = await emailTranslator(input.locale);
  const { text, html } = composeEmail(
    {
      greeting: t("greeting", { name: input.name }),
      paragraphs: [t("accountExists.intro")],
      action: { label: t("accountExists.action"), url: input.resetUrl },
      after: [t("accountExists.after")],
      footer: t("footer"),
    },
    input.locale,
  );
  return { to: input.to, kind: "account-exists", locale: input.locale, subject: t("accountExists.subject"), text, html };
}
