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
 * The daily digest: one line and link per notification (names only), oldest first, and a
 * one-click unsubscribe from all notification emails.
 */
export async function notificationDigestMessage(input: {
  to: string;
  name: string;
  locale: Locale;
  notifications: AnyNotification[];
  unsubscribeUrl: string;
}): Promise<OutgoingEmail> {
  const [t, tn] = await Promise.all([notificationsTranslator(input.locale, "email"), notificationsTranslator(input.locale)]);
  const count = input.notifications.length;
  const { text, html } = composeEmail(
    {
      greeting: t("greeting", { name: input.name }),
      paragraphs: [
        t("notificationDigest.intro", { count }),
        ...input.notifications.map((notification) => `${describeNotification(tn, notification)}\n${appUrl(notificationPath(notification))}`),
      ],
      action: { label: t("notificationDigest.action"), url: appUrl("/notifications") },
      after: [t("notificationDigest.why"), t("notification.settings", { url: appUrl("/account/notifications") }), t("notificationDigest.unsubscribe", { url: input.unsubscribeUrl })],
      footer: t("footer"),
    },
    input.locale,
  );
  return {
    to: input.to,
    kind: "notification-digest",
    locale: input.locale,
    subject: t("notificationDigest.subject", { count }),
    text,
    html,
    unsubscribeUrl: input.unsubscribeUrl,
  };
}
