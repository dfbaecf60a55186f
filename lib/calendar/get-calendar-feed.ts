import "server-only";
import { db } from "@/lib/db";

/** Whether the user has a calendar feed link, and since when (the link itself is not kept). */
export async function getCalendarFeed(userId: string): Promise<{ createdAt: Date } | null> {
  return db.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
}
