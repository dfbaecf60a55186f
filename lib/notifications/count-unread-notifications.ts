import "server-only";
import { db } from "@/lib/db";

/** The number beside the header's Notifications link: one count, capped (100 reads as "99+"). */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null }, take: 100 });
}
