"use client";

import type { ReactNode } from "react";
import { useKickoffFeed } from "@/components/kickoff/kickoff-feed";
import { STEPS_WITH_PANEL } from "@/lib/kickoff/steps";

/**
 * Server-rendered content for one step, shown only while that step is the current one: after
 * the facilitator moves on, the title changes at once and this waits for the new step's content
 * instead of showing the previous step's for a moment.
 */
export function StepBound({ stepId, children }: { stepId: string; children: ReactNode }) {
  const { feed } = useKickoffFeed();
  const session = feed.session;
  const current = session?.steps[session.currentStep];
  if (current?.id !== stepId) {
    if (!current || !STEPS_WITH_PANEL.includes(current.kind)) return null;
    return <div aria-hidden="true" className="h-32 rounded-lg border border-line bg-surface/60 motion-safe:animate-pulse" />;
  }
  return children;
}
