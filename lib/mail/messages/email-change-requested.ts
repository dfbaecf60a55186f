import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { composeEmail } from "@/lib/mail/compose-email";
import { emailTranslator } from "@/lib/mail/email-translator";
import type { OutgoingEmail } from "@/lib/mail/queue-email";

/** To the current address: a move to `newEmail` was asked for and waits for its verification. */
export async function emailChangeRequestedMessage(input: { to: string; name: string; locale: Locale; newEmail: string; resetUrl: string }): Promise<OutgoingEmail> {
  const t = await emailTranslator(input.locale);
  const { text, html } = composeEmail(
    {
      greeting: t("greeting", { name: input.name }),
      paragraphs: [t("emailChangeRequested.intro", { newEmail: input.newEmail })],
      action: { label: t("emailChangeRequested.action"), url: input.resetUrl },
      after: [t("emailChangeRequested.after")],
      footer: t("footer"),
    },
    input.locale,
  );
  return { to: input.to, kind: "email-change-requested", locale: input.locale, subject: t("emailChangeRequested.subject"), text, html };
}
