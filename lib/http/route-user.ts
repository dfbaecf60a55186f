import "server-only";
import { auth } from "@/lib/auth";
import { refusal, type RouteRefusal } from "@/lib/http/refusal";
import { liveSessionUser } from "@/lib/sessions/live-session-user";

/**
 * The signed-in user for a route handler, checked against the database as in
 * lib/guards.ts: only while its session is live (a signed-out or deleted account's cookie stops
 * working). Route handlers answer with a status instead of redirecting.
 */
export async function routeUser(): Promise<{ ok: true; user: { id: string; name: string } } | RouteRefusal> {
  const session = await auth();
  const user = session ? await liveSessionUser({ userId: session.user.id, sessionId: session.sessionId }) : null;
  return user ? { ok: true, user: { id: user.id, name: user.name } } : refusal(401);
}
