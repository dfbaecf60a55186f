import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { composeEmail } from "@/lib/mail/compose-email";
import { emailTranslator } from "@/lib/mail/email-translator";
import type { OutgoingEmail } from "@/lib/mail/queue-email";

/** A single-use link to choose a new password, valid one hour. */
export async function passwordResetMessage(input: { to: string; name: string; locale: Locale; url: string }): Promise<OutgoingEmail> {
  const t = await emailTranslator(input.locale);
  const { text, html } = composeEmail(
    {
      greeting: t("greeting", { name: input.name }),
      paragraphs: [t("passwordReset.intro")],
      action: { label: t("passwordReset.action"), url: input.url },
      after: [t("passwordReset.after")],
      footer: t("footer"),
    },
    input.locale,
  );
  return { to: input.to, kind: "password-reset", locale: input.locale, subject: t("passwordReset.subject"), text, html };
}
