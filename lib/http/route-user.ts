import "server-only";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { refusal, type RouteRefusal } from "@/lib/http/refusal";

/**
 * The signed-in user for a route handler, checked against the database (a deleted account's
 * session stops working). Route handlers answer with a status instead of redirecting.
 */
export async function routeUser(): Promise<{ ok: true; user: { id: string; name: string } } | RouteRefusal> {
  const userId = (await auth())?.user.id;
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true } }) : null;
  return user ? { ok: true, user } : refusal(401);
}
