import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { appUrl } from "@/lib/http/app-url";
import { composeEmail } from "@/lib/mail/compose-email";
import type { OutgoingEmail } from "@/lib/mail/queue-email";
import { describeNotification } from "@/lib/notifications/describe-notification";
import type { AnyNotification } from "@/lib/notifications/kinds";
import { notificationPath } from "@/lib/notifications/notification-path";
import { notificationsTranslator } from "@/lib/notifications/notifications-translator";

/**
 * One notification, emailed at once: what happened in a sentence of names ("Anna left you an
 * appreciation in Klimaatpact") and a link to it, never the note or an answer itself; with a
 * one-click unsubscribe for this kind.
 */
export async function notificationMessage(input: {
  to: string;
  name: string;
  locale: Locale;
  notification: AnyNotification;
  unsubscribeUrl: string;
}): Promise<OutgoingEmail> {
  const [t, tn] = await Promise.all([notificationsTranslator(input.locale, "email"), notificationsTranslator(input.locale)]);
  const sentence = describeNotification(tn, input.notification);
  const { text, html } = composeEmail(
    {
      greeting: t("greeting", { name: input.name }),
      paragraphs: [sentence],
      action: { label: t("notification.action"), url: appUrl(notificationPath(input.notification)) },
      after: [
        t("notification.why", { kind: tn(`kinds.${input.notification.kind}`) }),
        t("notification.settings", { url: appUrl("/account/notifications") }),
        t("notification.unsubscribe", { url: input.unsubscribeUrl }),
      ],
      footer: t("footer"),
    },
    input.locale,
  );
  return { to: input.to, kind: "notification", locale: input.locale, subject: sentence, text, html, unsubscribeUrl: input.unsubscribeUrl };
}
