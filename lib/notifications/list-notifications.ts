import "server-only";
import { db } from "@/lib/db";
import type { AnyNotification } from "@/lib/notifications/kinds";

/** How many notifications the page lists (the newest). */
const SHOWN = 100;

/** The user's own notifications, newest first. */
export async function listNotifications(userId: string) {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: { id: true, kind: true, partnershipId: true, data: true, createdAt: true, readAt: true },
  });
  return rows.map(({ id, createdAt, readAt, ...notification }) => ({ id, createdAt, read: readAt !== null, notification: notification as AnyNotification }));
}
