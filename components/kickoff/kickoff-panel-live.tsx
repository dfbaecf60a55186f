"use client";

import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { useKickoffFeed } from "@/components/kickoff/kickoff-feed";
import { KickoffPanelIdle } from "@/components/kickoff/kickoff-panel-idle";

type Props = {
  partnershipId: string;
  facilitator: boolean;
  labels: { title: string; intro: string; running: string; join: string; open: string };
  /** The same, for a session that is not the kickoff. */
  sessionLabels: { running: string; join: string; open: string };
  /** "Step {number} of {count}", to be filled in. */
  stepOf: string;
  /** Default step titles in the viewer's language, by kind. */
  stepTitles: Record<string, string>;
  /** Shown to a facilitator while no kickoff runs. */
  startForm: ReactNode;
};

/** The collaboration view's kickoff card, following the session as it moves. */
export function KickoffPanelLive({ partnershipId, facilitator, labels, sessionLabels, stepOf, stepTitles, startForm }: Props) {
  const { feed } = useKickoffFeed();
  const session = feed.session;
  const step = session?.status === "RUNNING" ? session.steps[session.currentStep] : undefined;

  if (!session || !step) {
    if (!facilitator) return null;
    return <KickoffPanelIdle title={labels.title} intro={labels.intro} startForm={startForm} />;
  }

  const named = session.title === null ? labels : sessionLabels;
  const position = stepOf.replace("{number}", String(session.currentStep + 1)).replace("{count}", String(session.steps.length));
  return (
    <section
      aria-labelledby="kickoff-panel-title"
      className="no-print flex flex-wrap items-center justify-between gap-4 rounded-lg border border-accent-500/50 bg-accent-100/50 p-5"
    >
      <div>
        <p className="flex items-center gap-2 text-sm font-semibold uppercase tracking-wide text-accent-700">
          <span aria-hidden="true" className="size-2 rounded-full bg-accent-500 motion-safe:animate-pulse" />
          {named.running} · {position}
        </p>
        <h2 id="kickoff-panel-title" className="mt-1 font-serif text-2xl font-semibold">
          {step.title || stepTitles[step.kind]}
        </h2>
      </div>
      <ButtonLink href={`/partnerships/${partnershipId}/kickoff`}>{facilitator ? named.open : named.join}</ButtonLink>
    </section>
  );
}
