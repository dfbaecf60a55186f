import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { databaseNow } from "@/lib/kickoff/database-now";
import type { KickoffFeed } from "@/lib/kickoff/snapshot";
import { elapsedMs } from "@/lib/kickoff/timer";

/**
 * The partnership's latest kickoff as its members follow it. Not a member: NOT_FOUND. Holds no
 * answers, so it is the same for every member.
 */
export async function getKickoffFeed(userId: string, partnershipId: string): Promise<KickoffFeed> {
  const [membership, now] = await Promise.all([
    db.membership.findUnique({
      where: { userId_partnershipId: { userId, partnershipId } },
      select: {
        partnership: {
          select: {
            viewVersion: true,
            kickoffs: {
              orderBy: { startedAt: "desc" },
              take: 1,
              select: {
                id: true,
                status: true,
                version: true,
                currentStep: true,
                timerStartedAt: true,
                timerElapsedMs: true,
                startedAt: true,
                endedAt: true,
                steps: {
                  orderBy: { position: "asc" },
                  select: { id: true, kind: true, title: true, durationMinutes: true, skipped: true },
                },
              },
            },
          },
        },
      },
    }),
    databaseNow(db),
  ]);
  if (!membership) throw new AppError("NOT_FOUND", { message: `user ${userId} is not in partnership ${partnershipId}` });
  const { viewVersion, kickoffs } = membership.partnership;
  const session = kickoffs[0];
  if (!session) return { partnershipId, viewVersion, measuredAt: now.getTime(), session: null };
  return {
    partnershipId,
    viewVersion,
    measuredAt: now.getTime(),
    session: {
      sessionId: session.id,
      status: session.status,
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
