import "server-only";
import { auth } from "@/lib/auth";

/**
 * The session id of this request's cookie (not checked against the database: ask
 * lib/guards.ts who is signed in), or null when there is none.
 */
export async function currentSessionId(): Promise<string | null> {
  return (await auth())?.sessionId ?? null;
}
