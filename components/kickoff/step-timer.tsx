"use client";

import { useTranslations } from "next-intl";
import { useKickoffFeed } from "@/components/kickoff/kickoff-feed";
import { useStepClock } from "@/components/kickoff/use-step-clock";
import { formatClock } from "@/lib/kickoff/timer";

/** The current step's countdown, as every member sees it. */
export function StepTimer({ size = "normal" }: { size?: "normal" | "huge" }) {
  const t = useTranslations("kickoff.timer");
  const { feed, clockOffset } = useKickoffFeed();
  const clock = useStepClock(feed.session, feed.measuredAt, clockOffset);
  const over = clock.remaining < 0;
  const huge = size === "huge";
  return (
    <div className={huge ? "text-right" : "sm:text-right"}>
      <p
        role="timer"
        aria-label={t("label")}
        suppressHydrationWarning
        className={`font-mono font-semibold tabular-nums leading-none ${huge ? "text-7xl sm:text-8xl" : "text-5xl"} ${
          over ? (huge ? "text-[#ff8a80]" : "text-danger-700") : huge ? "text-[#ffd166]" : "text-ink"
        }`}
      >
        {formatClock(clock.remaining)}
      </p>
      <p className={`mt-2 text-sm font-medium ${huge ? "text-lg text-white/80" : "text-muted"}`}>
        <span className={`mr-1.5 inline-block size-2.5 rounded-full align-middle ${clock.running ? "bg-ok-700 motion-safe:animate-pulse" : "bg-muted"}`} aria-hidden="true" />
        {clock.running ? t("running") : t("paused")} · {over ? t("over") : t("planned", { minutes: clock.durationMinutes })}
      </p>
    </div>
  );
}
