import "server-only";
import { db } from "@/lib/db";
import { databaseNow } from "@/lib/kickoff/database-now";
import { lockRunningKickoff } from "@/lib/kickoff/lock-running-kickoff";
import { STEP_MINUTES } from "@/lib/kickoff/steps";
import { pauseTimer, startTimer, STOPPED_TIMER, type TimerState } from "@/lib/kickoff/timer";
import { facilitatorOf } from "@/lib/memberships/member-of";

export type TimerControl = { action: "start" | "pause" | "reset" } | { action: "extend"; minutes: number };

/**
 * Starts, pauses, resets or extends the timer of the current step; facilitators only. Extending
 * gives the current step more planned minutes, so the countdown gains that much time.
 */
export async function controlKickoffTimer(actorId: string, partnershipId: string, control: TimerControl) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const session = await lockRunningKickoff(tx, partnershipId);
    const now = await databaseNow(tx);
    const timer: TimerState = { startedAt: session.timerStartedAt, elapsedMs: session.timerElapsedMs };

    if (control.action === "extend") {
      const step = session.steps[session.currentStep];
      if (step) {
        const durationMinutes = Math.min(STEP_MINUTES.max, step.durationMinutes + control.minutes);
        await tx.kickoffStep.update({ where: { id: step.id }, data: { durationMinutes } });
      }
    }
    const next =
      control.action === "start" ? startTimer(timer, now) : control.action === "pause" ? pauseTimer(timer, now) : control.action === "reset" ? STOPPED_TIMER : timer;

    return tx.kickoffSession.update({
      where: { id: session.id },
      data: { timerStartedAt: next.startedAt, timerElapsedMs: next.elapsedMs, version: { increment: 1 } },
      select: { version: true, timerStartedAt: true, timerElapsedMs: true },
    });
  });
}
