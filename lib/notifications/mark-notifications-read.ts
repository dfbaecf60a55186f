import "server-only";
import { db } from "@/lib/db";

/** "Mark all as read": every unread notification of the user, at once. */
export async function markNotificationsRead(userId: string) {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
