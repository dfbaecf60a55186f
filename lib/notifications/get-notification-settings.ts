import "server-only";
import { db } from "@/lib/db";
import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_CHANNELS, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";

/** The user's channel for every kind: their saved choice, else the default. */
export async function getNotificationSettings(userId: string): Promise<Record<NotificationKind, NotificationChannel>> {
  const saved = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, channel: true } });
  const chosen = new Map(saved.map((preference) => [preference.kind, preference.channel]));
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, chosen.get(kind) ?? DEFAULT_CHANNELS[kind]])) as Record<NotificationKind, NotificationChannel>;
}
