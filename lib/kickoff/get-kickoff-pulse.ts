import "server-only";
import { db } from "@/lib/db";
import { feedKey } from "@/lib/kickoff/snapshot";

export type KickoffPulse = {
  /** Changes whenever anything a follower shows may have changed. */
  key: string;
  /** Which of the asked-about users are members now. */
  members: Set<string>;
};

/**
 * The one small query an app instance makes, every moment, for all its followers of a partnership's
 * kickoff together: has anything changed, and which of these followers are still members? Null once
 * the partnership is gone.
 */
export async function getKickoffPulse(partnershipId: string, followerIds: string[]): Promise<KickoffPulse | null> {
  const partnership = await db.partnership.findUnique({
    where: { id: partnershipId },
    select: {
      viewVersion: true,
      kickoffs: { orderBy: { startedAt: "desc" }, take: 1, select: { id: true, version: true } },
      memberships: { where: { userId: { in: followerIds } }, select: { userId: true } },
    },
  });
  if (!partnership) return null;
  const latest = partnership.kickoffs[0];
  return {
    key: feedKey({ viewVersion: partnership.viewVersion, sessionId: latest?.id ?? null, version: latest?.version ?? 0 }),
    members: new Set(partnership.memberships.map((membership) => membership.userId)),
  };
}
