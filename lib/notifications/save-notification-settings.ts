import "server-only";
import { db } from "@/lib/db";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import type { NotificationSettingsInput } from "@/lib/validation/notification";

/** Saves the user's channel for every kind (all of them, so later default changes do not apply). */
export async function saveNotificationSettings(userId: string, input: NotificationSettingsInput) {
  await db.$transaction(
    NOTIFICATION_KINDS.map((kind) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, channel: input[kind] },
        update: { channel: input[kind] },
      }),
    ),
  );
}
