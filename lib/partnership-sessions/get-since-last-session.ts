import "server-only";
import { db } from "@/lib/db";
import { memberOf } from "@/lib/memberships/member-of";
import { compareSinceSession, type SessionEndPoint } from "@/lib/partnership-sessions/compare-since-session";

/**
 * What changed in the partnership since its last ended session, for one of its current members:
 * who joined and who left, which needs' coverage changed, and per ended session the counts kept
 * at its end (for the chart); and the partnership's time zone, which times are shown in. Not a
 * member: NOT_FOUND.
 *
 * Who contributes to which need is no answer: the needs page shows every contribution to every
 * member, so per-need counts tell no viewer more than that page does; member names and alignment
 * are on every member's view too. Of someone who left before the viewer joined, the viewer learns
 * only that someone left. No answer text is read.
 */
export async function getSinceLastSession(viewerId: string, partnershipId: string) {
  await memberOf(db, viewerId, partnershipId);
  const [{ timeZone }, sessions] = await Promise.all([
    db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { timeZone: true } }),
    db.kickoffSession.findMany({
      where: { partnershipId },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        startedAt: true,
        endedAt: true,
        endMemberCount: true,
        endNeedCount: true,
        endCoveredNeedCount: true,
        endAverageAlignment: true,
        needCoverageKept: true,
      },
    }),
  ]);
  // Numbered as the Sessions page numbers them: by start, running ones included.
  const ended: SessionEndPoint[] = sessions.flatMap((session, index) =>
    session.status === "ENDED" && session.endedAt ? [{ ...session, endedAt: session.endedAt, number: index + 1 }] : [],
  );
  const last = ended.reduce<SessionEndPoint | null>((latest, session) => (latest && latest.endedAt >= session.endedAt ? latest : session), null);
  if (!last) return { timeZone, last: null, chart: ended, joined: [], left: [], needs: null, removedNeedCount: null };

  const [members, departures, needs, kept] = await Promise.all([
    db.membership.findMany({
      where: { partnershipId },
      orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
      select: { id: true, joinedAt: true, organisation: true, user: { select: { id: true, name: true } } },
    }),
    db.memberDeparture.findMany({
      where: { partnershipId, leftAt: { gt: last.endedAt } },
      orderBy: [{ leftAt: "asc" }, { id: "asc" }],
      select: { id: true, leftAt: true, memberSince: true, user: { select: { id: true, name: true } } },
    }),
    db.need.findMany({
      where: { partnershipId },
      orderBy: { position: "asc" },
      select: { id: true, title: true, _count: { select: { contributions: true } } },
    }),
    db.sessionNeedCoverage.findMany({ where: { sessionId: last.id }, select: { needId: true, contributorCount: true } }),
  ]);
  return {
    timeZone,
    last,
    chart: ended,
    ...compareSinceSession({
      endedAt: last.endedAt,
      viewerJoinedAt: members.find((member) => member.user.id === viewerId)?.joinedAt ?? new Date(),
      members,
      departures,
      needs: needs.map((need) => ({ id: need.id, title: need.title, contributorCount: need._count.contributions })),
      kept: last.needCoverageKept ? kept : null,
    }),
  };
}

export type SinceLastSession = Awaited<ReturnType<typeof getSinceLastSession>>;
