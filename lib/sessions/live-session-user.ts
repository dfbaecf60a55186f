import "server-only";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/fields";

/**
 * The user of a session cookie, if its session still counts: the row exists, belongs to the
 * user, has not ended and has not expired (a deleted account's sessions go with it). One query.
 */
export async function liveSessionUser(claims: { userId?: string | null; sessionId?: string | null }) {
  const { userId, sessionId } = claims;
  // A cookie from before sessions were kept on the server has no session id: signed out.
  if (!userId || !sessionId || !isRecordId(sessionId)) return null;
  const session = await db.userSession.findFirst({
    where: { id: sessionId, userId, endedAt: null, expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, name: true, email: true, locale: true } } },
  });
  return session?.user ?? null;
}
