import "server-only";
import { db } from "@/lib/db";
import { databaseNow } from "@/lib/kickoff/database-now";
import { lockRunningKickoff } from "@/lib/kickoff/lock-running-kickoff";
import { pauseTimer } from "@/lib/kickoff/timer";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/** Ends the running kickoff; facilitators only. Its agreements stay with the partnership. */
export async function endKickoff(actorId: string, partnershipId: string) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const session = await lockRunningKickoff(tx, partnershipId);
    const now = await databaseNow(tx);
    const timer = pauseTimer({ startedAt: session.timerStartedAt, elapsedMs: session.timerElapsedMs }, now);
    await tx.kickoffSession.update({
      where: { id: session.id },
      data: { status: "ENDED", endedAt: now, timerStartedAt: null, timerElapsedMs: timer.elapsedMs, version: { increment: 1 } },
    });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
