import "server-only";
import { db } from "@/lib/db";
import { memberOf } from "@/lib/memberships/member-of";

/**
 * The partnership's sessions for its members, and the time zone they are shown in: those planned (soonest first) and those that ran
 * or run (latest first, numbered from the first). A past session shows who took part, its
 * agreements and the counts kept at its end; no answer of anyone.
 */
export async function listPartnershipSessions(viewerId: string, partnershipId: string) {
  await memberOf(db, viewerId, partnershipId);
  const [partnership, planned, held] = await Promise.all([
    db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { timeZone: true } }),
    db.plannedSession.findMany({
      where: { partnershipId },
      orderBy: [{ scheduledAt: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        title: true,
        scheduledAt: true,
        steps: { orderBy: { position: "asc" }, select: { id: true, kind: true, ownStep: { select: { title: true } } } },
      },
    }),
    db.kickoffSession.findMany({
      where: { partnershipId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        title: true,
        status: true,
        scheduledAt: true,
        startedAt: true,
        endedAt: true,
        endMemberCount: true,
        endNeedCount: true,
        endCoveredNeedCount: true,
        endAverageAlignment: true,
        steps: { where: { skipped: false }, orderBy: { position: "asc" }, select: { id: true, kind: true, title: true } },
        participants: { orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true } } } },
        agreements: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, text: true } },
      },
    }),
  ]);
  // The session "since the last session" compares with.
  const lastEnded = held.reduce<(typeof held)[number] | null>(
    (latest, session) => (session.endedAt && (!latest?.endedAt || session.endedAt > latest.endedAt) ? session : latest),
    null,
  );
  return {
    timeZone: partnership.timeZone,
    // An own step's title; null: the default step's title in the viewer's language.
    planned: planned.map(({ steps, ...plan }) => ({ ...plan, steps: steps.map(({ ownStep, ...step }) => ({ ...step, title: ownStep?.title ?? null })) })),
    held: held
      .map(({ participants, endMemberCount, endNeedCount, endCoveredNeedCount, endAverageAlignment, ...session }, index) => ({
        ...session,
        number: index + 1,
        lastEnded: session.id === lastEnded?.id,
        participants: participants.map((participant) => participant.user),
        end:
          endMemberCount === null || endNeedCount === null || endCoveredNeedCount === null
            ? null
            : { memberCount: endMemberCount, needCount: endNeedCount, coveredNeedCount: endCoveredNeedCount, averageAlignment: endAverageAlignment },
      }))
      .reverse(),
  };
}

export type PartnershipSessions = Awaited<ReturnType<typeof listPartnershipSessions>>;
