import "server-only";
import { db } from "@/lib/db";

/** The user's live sessions, newest first (when each browser signed in, and until when). */
export async function listSessions(userId: string) {
  return db.userSession.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, createdAt: true, expiresAt: true },
    take: 50,
  });
}
