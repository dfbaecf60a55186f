import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { notificationDigestMessage } from "@/lib/mail/messages/notification-digest";
import { DEFAULT_CHANNELS, type AnyNotification } from "@/lib/notifications/kinds";
import { queueNotificationEmails } from "@/lib/notifications/queue-notification-emails";
import { unsubscribeUrl } from "@/lib/notifications/unsubscribe-url";

type Claimed = { id: string; userId: string; kind: AnyNotification["kind"]; partnershipId: string | null; data: unknown; createdAt: Date };

/** Notifications older than this are not gathered any more (e.g. a kind switched to the digest later). */
const DIGEST_WINDOW = Prisma.sql`interval '2 days'`;

/** The effective channel of a notification's kind for its user: the preference, else the default. */
const effectiveChannel = Prisma.sql`COALESCE(
  (SELECT p."channel"::text FROM "NotificationPreference" p WHERE p."userId" = n."userId" AND p."kind" = n."kind"),
  CASE n."kind"::text ${Prisma.join(
    Object.entries(DEFAULT_CHANNELS).map(([kind, channel]) => Prisma.sql`WHEN ${kind} THEN ${channel}`),
    " ",
  )} END
)`;

/**
 * The daily digest (scheduled): one email per user gathering their unread notifications of kinds
 * set to DIGEST, names and links only. Rows are claimed (digestedAt set) by the same transaction
 * that queues the emails, with an UPDATE that skips rows already claimed: however many instances
 * run it at once, each notification goes out once, and a failure leaves them for the next run.
 */
export async function sendNotificationDigests(): Promise<{ users: number; notifications: number }> {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<Claimed[]>`
        UPDATE "Notification" n SET "digestedAt" = now()
        WHERE n."digestedAt" IS NULL AND n."readAt" IS NULL AND n."createdAt" > now() - ${DIGEST_WINDOW}
          AND ${effectiveChannel} = 'DIGEST'
        RETURNING n."id", n."userId", n."kind"::text AS "kind", n."partnershipId", n."data", n."createdAt"`;
      if (claimed.length === 0) return { users: 0, notifications: 0 };
      const byUser = new Map<string, Claimed[]>();
      for (const row of claimed) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
      const users = await tx.user.findMany({ where: { id: { in: [...byUser.keys()] } }, select: { id: true, email: true, name: true, locale: true } });
      const emails = await Promise.all(
        users.map((user) =>
          notificationDigestMessage({
            to: user.email,
            name: user.name,
            locale: user.locale ?? "en",
            notifications: (byUser.get(user.id) ?? [])
              .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
              .map((row) => ({ kind: row.kind, partnershipId: row.partnershipId, data: row.data }) as AnyNotification),
            unsubscribeUrl: unsubscribeUrl(user.id, "all"),
          }),
        ),
      );
      await queueNotificationEmails(tx, emails);
      return { users: emails.length, notifications: claimed.length };
    },
    { timeout: 60_000 },
  );
}
