"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useKickoffFeed } from "@/components/kickoff/kickoff-feed";
import { StepTimer } from "@/components/kickoff/step-timer";
import { useSessionWords, useStepQuestions, useStepTitle } from "@/components/kickoff/step-title";
import type { FormAction } from "@/components/kickoff/use-kickoff-action";
import { idleState } from "@/lib/action-state";
import { isKickoffFeed } from "@/lib/kickoff/snapshot";

type Intent = "next" | "previous" | "timer" | "extend";

/** The site's header, footer and tabs (everything not meant for paper) leave the screen too. */
const HIDE_SITE_CHROME = "body:has(#present-mode) .no-print { display: none !important; } body:has(#present-mode) { overflow: hidden; }";

type Props = {
  partnershipId: string;
  facilitator: boolean;
  actions: { move: FormAction; timer: FormAction };
};

/**
 * The kickoff on a projector: the step in large type, light on dark, nothing else on screen.
 * The facilitator drives it from the keyboard; everyone else's screen follows.
 */
export function PresentStage({ partnershipId, facilitator, actions }: Props) {
  const t = useTranslations("kickoff");
  const te = useTranslations("errors");
  const stepTitle = useStepTitle();
  const stepQuestions = useStepQuestions();
  const sessionWords = useSessionWords();
  const router = useRouter();
  const { feed, apply } = useKickoffFeed();
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const kickoffUrl = `/partnerships/${partnershipId}/kickoff`;

  const session = feed.session;
  const running = session?.status === "RUNNING";
  const step = running ? session.steps[session.currentStep] : undefined;

  // The newest state known here, from the feed or from the answer to the last key. Keys pressed
  // while one is on its way wait for it, so that they act on the state it leads to; of those, only
  // the last is kept.
  const latest = useRef(session);
  const sending = useRef(false);
  const queued = useRef<Intent | null>(null);

  useEffect(() => {
    const known = latest.current;
    if (!known || !session || session.sessionId !== known.sessionId || session.version > known.version) latest.current = session;
  }, [session]);

  useEffect(() => {
    stage.current?.focus();
  }, []);

  useEffect(() => {
    const send = (intent: Intent) => {
      if (sending.current) {
        queued.current = intent;
        return;
      }
      const current = latest.current;
      if (!current || current.status !== "RUNNING") return;
      const formData = new FormData();
      formData.set("partnershipId", partnershipId);
      if (intent === "next" || intent === "previous") {
        formData.set("to", intent);
        formData.set("version", String(current.version));
      } else {
        formData.set("action", intent === "extend" ? "extend" : current.timer.running ? "pause" : "start");
        formData.set("minutes", "1");
      }
      const action = intent === "next" || intent === "previous" ? actions.move : actions.timer;
      sending.current = true;
      startTransition(async () => {
        try {
          const result = await action(idleState, formData);
          const answer = result.data?.feed;
          apply(answer);
          if (isKickoffFeed(answer) && answer.session) latest.current = answer.session;
          setProblem(result.status === "error" ? (result.message ?? te("unexpected")) : null);
        } catch {
          // Offline or the server is gone: say so on the projector, keep the session on screen.
          setProblem(te("notSent"));
        } finally {
          sending.current = false;
          const next = queued.current;
          queued.current = null;
          if (next) send(next);
        }
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable]")) return;
      if (event.key === "Escape") {
        event.preventDefault();
        router.push(kickoffUrl);
        return;
      }
      if (!facilitator) return;
      // Keys that would otherwise scroll the page or press a focused link act on the session.
      if (event.key === "ArrowRight" || event.key === "PageDown") {
        event.preventDefault();
        send("next");
      } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
        event.preventDefault();
        send("previous");
      } else if (event.key === " " && !(event.target instanceof HTMLElement && event.target.closest("a, button"))) {
        event.preventDefault();
        send("timer");
      } else if (event.key === "+" || event.key === "=") {
        event.preventDefault();
        send("extend");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [facilitator, actions, apply, partnershipId, router, kickoffUrl, te]);

  const count = session?.steps.length ?? 0;
  const number = (session?.currentStep ?? 0) + 1;
  const words = sessionWords(session);
  const title = step ? stepTitle(step) : session?.status === "ENDED" ? words.ended : t("present.notRunning");

  return (
    <div
      id="present-mode"
      ref={stage}
      tabIndex={-1}
      className="fixed inset-0 z-50 flex flex-col overflow-y-auto bg-[#0d1415] text-white outline-none"
      aria-busy={pending || undefined}
    >
      <style>{HIDE_SITE_CHROME}</style>
      <div className="flex items-center justify-between gap-4 px-8 pt-6 text-lg text-white/75 sm:px-14">
        <p className="font-semibold uppercase tracking-widest">{step ? t("stepOf", { number, count }) : t("title")}</p>
        <Link href={kickoffUrl} className="rounded-md px-3 py-1.5 text-base text-white underline-offset-4 hover:underline focus-visible:outline-[#ffd166]">
          {t("present.leave")}
        </Link>
      </div>

      <div className="flex flex-1 flex-col justify-center gap-10 px-8 py-10 sm:px-14">
        <div className="flex flex-wrap items-end justify-between gap-8">
          <h1 className="max-w-5xl font-serif text-6xl font-semibold leading-tight break-words hyphens-auto sm:text-7xl">{title}</h1>
          {step ? <StepTimer size="huge" /> : null}
        </div>
        {step ? (
          <ul className="max-w-5xl space-y-4 text-3xl leading-snug text-white/90 sm:text-4xl">
            {stepQuestions(step).map((question, index) => (
              <li key={index} className="flex gap-5">
                <span aria-hidden="true" className="mt-4 size-3 shrink-0 rounded-full bg-[#ffd166]" />
                {question}
              </li>
            ))}
          </ul>
        ) : null}
        {session && running ? (
          <ol aria-label={words.stepsLabel} className="flex flex-wrap gap-3">
            {session.steps.map((item, index) => (
              <li
                key={item.id}
                aria-current={index === session.currentStep ? "step" : undefined}
                className={`rounded-full px-4 py-1.5 text-lg ${
                  index === session.currentStep
                    ? "bg-[#ffd166] font-semibold text-[#0d1415]"
                    : item.skipped
                      ? "text-white/40 line-through"
                      : "border border-white/30 text-white/80"
                }`}
              >
                {index + 1}. {stepTitle(item)}
              </li>
            ))}
          </ol>
        ) : null}
      </div>

      <section aria-label={t("present.hintsLabel")} className="border-t border-white/15 px-8 py-4 text-lg text-white/80 sm:px-14">
        {problem ? (
          <p role="alert" className="mb-3 font-semibold text-[#ffd166]">
            {problem}
          </p>
        ) : null}
        {facilitator && running ? (
          <ul className="flex flex-wrap gap-x-8 gap-y-2">
            <Hint keys={["←"]} label={t("present.previous")} />
            <Hint keys={["→"]} label={t("present.next")} />
            <Hint keys={[t("present.keySpace")]} label={t("present.timer")} />
            <Hint keys={["+"]} label={t("present.extend")} />
            <Hint keys={[t("present.keyEscape")]} label={t("present.leaveKey")} />
          </ul>
        ) : (
          <ul className="flex flex-wrap gap-x-8 gap-y-2">
            <li>{t("present.following")}</li>
            <Hint keys={[t("present.keyEscape")]} label={t("present.leaveKey")} />
          </ul>
        )}
      </section>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {step ? t("announce.step", { number, count, title }) : title}
      </p>
    </div>
  );
}

function Hint({ keys, label }: { keys: string[]; label: string }) {
  return (
    <li className="flex items-center gap-2">
      {keys.map((key) => (
        <kbd key={key} className="rounded border border-white/40 bg-white/10 px-2 py-0.5 font-mono text-base text-white">
          {key}
        </kbd>
      ))}
      <span>{label}</span>
    </li>
  );
}
