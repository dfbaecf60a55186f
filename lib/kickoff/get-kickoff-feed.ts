import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { KickoffStatus } from "@/lib/generated/prisma/enums";
import { databaseNow } from "@/lib/kickoff/database-now";
import type { KickoffFeed } from "@/lib/kickoff/snapshot";
import { elapsedMs } from "@/lib/kickoff/timer";

const FEED_SELECT = {
  viewVersion: true,
  kickoffs: {
    orderBy: { startedAt: "desc" },
    take: 1,
    select: {
      id: true,
      status: true,
      title: true,
      version: true,
      currentStep: true,
      timerStartedAt: true,
      timerElapsedMs: true,
      startedAt: true,
      endedAt: true,
      steps: { orderBy: { position: "asc" }, select: { id: true, kind: true, title: true, questions: true, durationMinutes: true, skipped: true } },
    },
  },
} as const;

/**
 * The partnership's latest kickoff as its members follow it. Not a member: NOT_FOUND. Holds no
 * answers, so it is the same for every member.
 */
export async function getKickoffFeed(userId: string, partnershipId: string): Promise<KickoffFeed> {
  const [membership, now] = await Promise.all([
    db.membership.findUnique({ where: { userId_partnershipId: { userId, partnershipId } }, select: { partnership: { select: FEED_SELECT } } }),
    databaseNow(db),
  ]);
  if (!membership) throw new AppError("NOT_FOUND", { message: `user ${userId} is not in partnership ${partnershipId}` });
  return toFeed(partnershipId, membership.partnership, now);
}

/**
 * The same feed, read once for all of an app instance's followers of the partnership (who were
 * checked to be members by the caller). Null once the partnership is gone.
 */
export async function readKickoffFeed(partnershipId: string): Promise<KickoffFeed | null> {
  const [partnership, now] = await Promise.all([db.partnership.findUnique({ where: { id: partnershipId }, select: FEED_SELECT }), databaseNow(db)]);
  return partnership ? toFeed(partnershipId, partnership, now) : null;
}

type FeedRow = {
  viewVersion: number;
  kickoffs: {
    id: string;
    status: KickoffStatus;
    title: string | null;
    version: number;
    currentStep: number;
    timerStartedAt: Date | null;
    timerElapsedMs: number;
    startedAt: Date;
    endedAt: Date | null;
    steps: NonNullable<KickoffFeed["session"]>["steps"];
  }[];
};

function toFeed(partnershipId: string, { viewVersion, kickoffs }: FeedRow, now: Date): KickoffFeed {
  const session = kickoffs[0];
  if (!session) return { partnershipId, viewVersion, measuredAt: now.getTime(), session: null };
  return {
    partnershipId,
    viewVersion,
    measuredAt: now.getTime(),
    session: {
      sessionId: session.id,
      status: session.status,
      title: session.title,
      version: session.version,
      currentStep: session.currentStep,
      steps: session.steps,
      timer: {
        running: session.timerStartedAt !== null,
        elapsedMs: elapsedMs({ startedAt: session.timerStartedAt, elapsedMs: session.timerElapsedMs }, now),
      },
      startedAt: session.startedAt.toISOString(),
      endedAt: session.endedAt?.toISOString() ?? null,
    },
  };
}
