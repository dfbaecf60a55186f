/**
 * Timer arithmetic for kickoff steps. The state is stored as "elapsed before the last start" plus
 * "when it was last started" (null while paused), so that any app instance can tell the time
 * from the database alone and nothing has to tick on a server.
 */
export type TimerState = { startedAt: Date | null; elapsedMs: number };

export const STOPPED_TIMER: TimerState = { startedAt: null, elapsedMs: 0 };

/** How long the timer has run by `now`; a clock running slightly behind never makes it go back. */
export function elapsedMs(timer: TimerState, now: Date): number {
  if (!timer.startedAt) return timer.elapsedMs;
  return timer.elapsedMs + Math.max(0, now.getTime() - timer.startedAt.getTime());
}

export function startTimer(timer: TimerState, now: Date): TimerState {
  if (timer.startedAt) return timer;
  return { startedAt: now, elapsedMs: timer.elapsedMs };
}

export function pauseTimer(timer: TimerState, now: Date): TimerState {
  if (!timer.startedAt) return timer;
  return { startedAt: null, elapsedMs: elapsedMs(timer, now) };
}

/** Time left of a step planned for `durationMinutes`; negative once it runs over. */
export function remainingMs(durationMinutes: number, elapsed: number): number {
  return durationMinutes * 60_000 - elapsed;
}

/**
 * A countdown as m:ss. Time left is rounded up (a step planned for 5 minutes shows 5:00 until a
 * full second has passed); time over is shown with a minus sign and rounded down.
 */
export function formatClock(remaining: number): string {
  const negative = remaining < 0;
  const seconds = negative ? Math.floor(-remaining / 1000) : Math.ceil(remaining / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return `${negative && seconds > 0 ? "-" : ""}${minutes}:${rest}`;
}
