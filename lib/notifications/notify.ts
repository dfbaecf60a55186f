import "server-only";
import type { Tx } from "@/lib/db";
import type { Locale, NotificationKind } from "@/lib/generated/prisma/enums";
import { notificationMessage } from "@/lib/mail/messages/notification";
import type { OutgoingEmail } from "@/lib/mail/queue-email";
import { DEFAULT_CHANNELS, type AnyNotification, type NotificationData } from "@/lib/notifications/kinds";
import { queueNotificationEmails } from "@/lib/notifications/queue-notification-emails";
import { unsubscribeUrl } from "@/lib/notifications/unsubscribe-url";

export type NotificationRecipient = { userId: string; to: string; name: string; locale: Locale; unsubscribeUrl: string };

export type NotifyInput<K extends NotificationKind> = {
  kind: K;
  partnershipId?: string | null;
  /** Names and ids only: never an answer, never a note's text. */
  data: NotificationData[K];
  /** The email sent to those who chose EMAIL, when the kind has its own (default: the sentence and a link). */
  email?: (recipient: NotificationRecipient) => Promise<OutgoingEmail>;
} & ({ userId: string; userIds?: never } | { userIds: readonly string[]; userId?: never });

/**
 * Tells one user (userId) or several (userIds) that something happened, inside the transaction
 * that made it happen, so that a rollback tells nobody. Per user, their preference for the kind
 * (else DEFAULT_CHANNELS) decides: OFF creates nothing; IN_APP and DIGEST create a notification
 * (the digest job emails DIGEST ones daily); EMAIL creates it and queues an email at once, with
 * a one-click unsubscribe link. The same few statements whatever the number of users.
 */
export async function notify<K extends NotificationKind>(tx: Tx, input: NotifyInput<K>) {
  const ids = [...new Set(input.userIds ?? [input.userId])].filter((id): id is string => Boolean(id));
  if (ids.length === 0) return { created: 0, emailed: 0 };
  const partnershipId = input.partnershipId ?? null;
  const users = await tx.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, email: true, name: true, locale: true, notificationPreferences: { where: { kind: input.kind }, select: { channel: true } } },
  });
  const told = users
    .map((user) => ({ user, channel: user.notificationPreferences[0]?.channel ?? DEFAULT_CHANNELS[input.kind] }))
    .filter(({ channel }) => channel !== "OFF");
  if (told.length === 0) return { created: 0, emailed: 0 };

  const data = input.data as object;
  await tx.notification.createMany({ data: told.map(({ user }) => ({ userId: user.id, kind: input.kind, partnershipId, data })) });

  const notification = { kind: input.kind, partnershipId, data: input.data } as AnyNotification;
  const emails = await Promise.all(
    told
      .filter(({ channel }) => channel === "EMAIL")
      .map(({ user }) => {
        const recipient = { userId: user.id, to: user.email, name: user.name, locale: user.locale ?? "en", unsubscribeUrl: unsubscribeUrl(user.id, input.kind) };
        return input.email ? input.email(recipient) : notificationMessage({ ...recipient, notification });
      }),
  );
  await queueNotificationEmails(tx, emails);
  return { created: told.length, emailed: emails.length };
}
