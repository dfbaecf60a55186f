"use client";

import { useEffect, useState } from "react";
import type { KickoffSnapshot } from "@/lib/kickoff/snapshot";
import { remainingMs } from "@/lib/kickoff/timer";

/**
 * Time left on the current step, counting down in this browser between updates. The server's
 * reading is taken at `measuredAt` on the database's clock; `clockOffset` maps it to this one.
 */
export function useStepClock(session: KickoffSnapshot | null, measuredAt: number, clockOffset: number) {
  const running = Boolean(session?.timer.running && session.status === "RUNNING");
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    tick();
    const id = setInterval(tick, 250);
    return () => clearInterval(id);
  }, [running]);

  const step = session?.steps[session.currentStep];
  if (!session || !step) return { running: false, remaining: 0, durationMinutes: 0 };
  const elapsed = session.timer.elapsedMs + (running ? Math.max(0, now + clockOffset - measuredAt) : 0);
  return { running, remaining: remainingMs(step.durationMinutes, elapsed), durationMinutes: step.durationMinutes };
}
