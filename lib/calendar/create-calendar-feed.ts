import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashFeedToken } from "@/lib/calendar/hash-feed-token";

/**
 * A new private calendar feed link for the user (32 random bytes), replacing any earlier one: the
 * old link stops at once. Only the token's hash is stored, so the link is shown this once.
 */
export async function createCalendarFeed(userId: string): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashFeedToken(token);
  await db.calendarFeed.upsert({
    where: { userId },
    create: { userId, tokenHash },
    update: { tokenHash, createdAt: new Date() },
    select: { id: true },
  });
  return { token };
}
