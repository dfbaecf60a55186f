import "server-only";
import { db } from "@/lib/db";
import { databaseNow } from "@/lib/kickoff/database-now";
import { lockRunningKickoff } from "@/lib/kickoff/lock-running-kickoff";
import { pauseTimer } from "@/lib/kickoff/timer";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { countSessionEnd } from "@/lib/partnership-sessions/count-session-end";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Ends the running kickoff; facilitators only. Its agreements stay with the partnership; the
 * answers revealed in it are hidden again, except those their owners chose to keep shared. The
 * session keeps counts of needs coverage and alignment as they stand at its end.
 */
export async function endKickoff(actorId: string, partnershipId: string) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const session = await lockRunningKickoff(tx, partnershipId);
    const now = await databaseNow(tx);
    const timer = pauseTimer({ startedAt: session.timerStartedAt, elapsedMs: session.timerElapsedMs }, now);
    await tx.kickoffSession.update({
      where: { id: session.id },
      data: {
        status: "ENDED",
        endedAt: now,
        timerStartedAt: null,
        timerElapsedMs: timer.elapsedMs,
        version: { increment: 1 },
        ...(await countSessionEnd(tx, partnershipId, session.id)),
      },
    });
    await tx.sessionParticipant.createMany({ data: [{ sessionId: session.id, userId: actorId }], skipDuplicates: true });
    await tx.fieldReveal.deleteMany({ where: { kickoffId: session.id, keep: false } });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
