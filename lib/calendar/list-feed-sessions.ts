import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import { hashFeedToken } from "@/lib/calendar/hash-feed-token";
import { calendarSessionSelect } from "@/lib/calendar/find-planned-session-for-calendar";
import type { CalendarSession } from "@/lib/calendar/session-calendar";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * What a calendar feed link opens, by its token alone: the planned sessions of the partnerships its
 * owner is a member of at this moment (someone removed loses that partnership's sessions at once),
 * and the owner's language. Null for a token that is no (longer a) link.
 */
export async function listFeedSessions(token: string): Promise<{ locale: Locale | null; sessions: CalendarSession[] } | null> {
  if (!TOKEN.test(token)) return null;
  const tokenHash = hashFeedToken(token);
  const feed = await db.calendarFeed.findUnique({ where: { tokenHash }, select: { tokenHash: true, userId: true, user: { select: { locale: true } } } });
  if (!feed || !timingSafeEqual(Buffer.from(feed.tokenHash), Buffer.from(tokenHash))) return null;
  const sessions = await db.plannedSession.findMany({
    where: { partnership: { memberships: { some: { userId: feed.userId } } } },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    select: calendarSessionSelect,
  });
  return { locale: feed.user.locale, sessions };
}
