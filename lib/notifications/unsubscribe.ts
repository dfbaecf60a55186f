import "server-only";
import { db } from "@/lib/db";
import type { Locale, NotificationKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_CHANNELS, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { readUnsubscribeToken, type UnsubscribeScope } from "@/lib/notifications/unsubscribe-token";

/**
 * One-click unsubscribe (no sign-in: the signed token is the proof): the kind of the token, or
 * every kind for an "all" token (the digest), stops emailing and is shown in the app only
 * (IN_APP); a kind already in the app only or off stays as it is. Null for a token that is not
 * genuine. Doing it twice changes nothing more.
 */
export async function unsubscribe(token: unknown): Promise<{ scope: UnsubscribeScope; locale: Locale | null } | null> {
  const read = readUnsubscribeToken(token);
  if (!read) return null;
  const { userId, scope } = read;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { locale: true, notificationPreferences: { select: { kind: true, channel: true } } } });
    // A deleted account has nothing left to unsubscribe from.
    if (!user) return { scope, locale: null };
    const chosen = new Map(user.notificationPreferences.map((preference) => [preference.kind, preference.channel]));
    const kinds: readonly NotificationKind[] = scope === "all" ? NOTIFICATION_KINDS : [scope];
    const emailing = kinds.filter((kind) => {
      const channel = chosen.get(kind) ?? DEFAULT_CHANNELS[kind];
      return channel === "EMAIL" || channel === "DIGEST";
    });
    for (const kind of emailing) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, channel: "IN_APP" },
        update: { channel: "IN_APP" },
      });
    }
    return { scope, locale: user.locale };
  });
}
