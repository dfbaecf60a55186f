import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { SESSION_SECONDS } from "@/lib/sessions/session-lifetime";

/**
 * Records a new signed-in browser for the user and returns its id, which the session cookie
 * carries. The session works until it expires (as the cookie does) or is ended.
 */
export async function startSession(userId: string, client: Db | Tx = db): Promise<string> {
  const session = await client.userSession.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_SECONDS * 1000) },
    select: { id: true },
  });
  return session.id;
}
