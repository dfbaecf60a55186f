import "server-only";
import type { Db, Tx } from "@/lib/db";

/**
 * Ends every live session of the user, except `except` (the browser asking, when it should stay
 * signed in). Returns how many ended. Takes effect on the next request on every instance, since
 * each request checks its session's row.
 */
export async function endSessions(client: Db | Tx, userId: string, options: { except?: string | null } = {}): Promise<number> {
  const { count } = await client.userSession.updateMany({
    where: {
      userId,
      endedAt: null,
      expiresAt: { gt: new Date() },
      ...(options.except ? { id: { not: options.except } } : {}),
    },
    data: { endedAt: new Date() },
  });
  return count;
}
