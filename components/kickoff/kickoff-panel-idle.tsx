import type { ReactNode } from "react";

/** The kickoff card while no kickoff runs: for facilitators, an invitation to start one. */
export function KickoffPanelIdle({ title, intro, startForm }: { title: string; intro: string; startForm: ReactNode }) {
  return (
    <section aria-labelledby="kickoff-panel-title" className="no-print flex flex-wrap items-center justify-between gap-4 rounded-lg border border-line bg-surface p-5">
      <div className="max-w-2xl">
        <h2 id="kickoff-panel-title" className="text-lg font-semibold">
          {title}
        </h2>
        <p className="mt-1 text-sm text-muted">{intro}</p>
      </div>
      {startForm}
    </section>
  );
}
