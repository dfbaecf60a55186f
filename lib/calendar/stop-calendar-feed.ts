import "server-only";
import { db } from "@/lib/db";

/** Stops the user's calendar feed link: it answers 404 from now on. */
export async function stopCalendarFeed(userId: string) {
  await db.calendarFeed.deleteMany({ where: { userId } });
}
