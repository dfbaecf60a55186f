import "server-only";
import { db } from "@/lib/db";
import { feedKey } from "@/lib/kickoff/snapshot";

/**
 * One small query a follower's stream makes every moment: is the user still a member, and has
 * anything changed? Null once the membership has ended (or the partnership is gone).
 */
export async function getKickoffPulse(userId: string, partnershipId: string): Promise<{ key: string } | null> {
  const membership = await db.membership.findUnique({
    where: { userId_partnershipId: { userId, partnershipId } },
    select: {
      partnership: {
        select: { viewVersion: true, kickoffs: { orderBy: { startedAt: "desc" }, take: 1, select: { id: true, version: true } } },
      },
    },
  });
  if (!membership) return null;
  const latest = membership.partnership.kickoffs[0];
  return { key: feedKey({ viewVersion: membership.partnership.viewVersion, sessionId: latest?.id ?? null, version: latest?.version ?? 0 }) };
}
