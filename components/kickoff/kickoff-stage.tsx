"use client";

import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKickoffFeed, type FeedConnection } from "@/components/kickoff/kickoff-feed";
import { StepTimer } from "@/components/kickoff/step-timer";
import { useSessionWords, useStepQuestions, useStepTitle } from "@/components/kickoff/step-title";
import { useKickoffAction, type FormAction } from "@/components/kickoff/use-kickoff-action";
import { useStepClock } from "@/components/kickoff/use-step-clock";
import { neighbourStep } from "@/lib/kickoff/step-navigation";

type Props = {
  partnershipId: string;
  facilitator: boolean;
  actions: { move: FormAction; timer: FormAction; end: FormAction };
};

/**
 * The current step of a running kickoff: title, position, timer and reflection questions, the
 * facilitator's controls, and live regions that tell screen reader users what changed.
 */
export function KickoffStage({ partnershipId, facilitator, actions }: Props) {
  const t = useTranslations("kickoff");
  const stepTitle = useStepTitle();
  const stepQuestions = useStepQuestions();
  const sessionWords = useSessionWords();
  const { feed, connection, clockOffset } = useKickoffFeed();
  const clock = useStepClock(feed.session, feed.measuredAt, clockOffset);
  const session = feed.session;
  const step = session?.steps[session.currentStep];
  if (!session || !step) return null;

  const count = session.steps.length;
  const number = session.currentStep + 1;
  const title = stepTitle(step);
  const questions = stepQuestions(step);
  const ended = session.status === "ENDED";
  const words = sessionWords(session);

  return (
    <section aria-labelledby="kickoff-step-title" className="rounded-xl border border-line bg-surface p-6 shadow-sm">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
        <div className="min-w-0 flex-1">
          {session.title ? <p className="mb-1 text-sm break-words text-muted">{session.title}</p> : null}
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("stepOf", { number, count })}</p>
          <h1 id="kickoff-step-title" className="mt-1 font-serif text-3xl font-semibold sm:text-4xl">
            {ended ? words.ended : title}
          </h1>
          <ConnectionBadge connection={connection} />
        </div>
        <StepTimer />
      </div>

      <StepTrack />

      <div className="mt-6">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-muted">{t("reflection")}</h2>
        <ul className="mt-2 space-y-2">
          {questions.map((question, index) => (
            <li key={index} className="flex gap-3 text-lg leading-snug">
              <span aria-hidden="true" className="mt-2.5 size-1.5 shrink-0 rounded-full bg-accent-500" />
              {question}
            </li>
          ))}
        </ul>
      </div>

      {facilitator && !ended ? <FacilitatorControls partnershipId={partnershipId} actions={actions} /> : null}

      <p className="mt-4 text-sm">
        <ButtonLink href={`/partnerships/${partnershipId}/kickoff/present`} variant="ghost" className="-ml-4">
          {t("controls.present")} <span aria-hidden="true">⤢</span>
        </ButtonLink>
      </p>

      {/* Announced when they change: the step (for everyone following along) and the timer. */}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {ended ? words.announceEnded : t("announce.step", { number, count, title })}
      </p>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {clock.remaining <= 0 && clock.durationMinutes > 0 ? t("announce.timeUp") : clock.running ? t("announce.timerStarted") : t("announce.timerPaused")}
      </p>
    </section>
  );
}

function ConnectionBadge({ connection }: { connection: FeedConnection }) {
  const t = useTranslations("kickoff.connection");
  if (connection === "connecting") return null;
  const live = connection === "live";
  return (
    <p className="mt-2 inline-flex items-center gap-1.5 text-xs font-medium text-muted">
      <span aria-hidden="true" className={`size-2 rounded-full ${live ? "bg-ok-700" : connection === "polling" ? "bg-accent-500" : "bg-danger-600"}`} />
      {t(connection)}
    </p>
  );
}

function StepTrack() {
  const t = useTranslations("kickoff");
  const stepTitle = useStepTitle();
  const sessionWords = useSessionWords();
  const { feed } = useKickoffFeed();
  const session = feed.session;
  if (!session) return null;
  return (
    <ol aria-label={sessionWords(session).stepsLabel} className="mt-6 grid grid-cols-2 gap-2 sm:grid-cols-3">
      {session.steps.map((step, index) => {
        const current = index === session.currentStep;
        const done = index < session.currentStep;
        return (
          <li
            key={step.id}
            aria-current={current ? "step" : undefined}
            className={`rounded-md border px-3 py-2 text-sm break-words hyphens-auto ${
              current
                ? "border-brand-600 bg-brand-600 text-white"
                : step.skipped
                  ? "border-dashed border-line text-muted line-through"
                  : done
                    ? "border-brand-200 bg-brand-50 text-brand-900"
                    : "border-line text-ink"
            }`}
          >
            <span className="block text-xs font-semibold opacity-80">{index + 1}</span>
            <span className="font-medium">{stepTitle(step)}</span>
            {current ? <span className="sr-only"> ({t("currentStep")})</span> : null}
            {step.skipped ? <span className="sr-only"> ({t("skipped")})</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

function FacilitatorControls({ partnershipId, actions }: { partnershipId: string; actions: Props["actions"] }) {
  const t = useTranslations("kickoff");
  const { feed } = useKickoffFeed();
  const [moveState, move] = useKickoffAction(actions.move);
  const [timerState, timer] = useKickoffAction(actions.timer);
  const [endState, end] = useKickoffAction(actions.end);
  const sessionWords = useSessionWords();
  const session = feed.session;
  if (!session) return null;
  const words = sessionWords(session);
  const previous = neighbourStep(session.steps, session.currentStep, -1);
  const next = neighbourStep(session.steps, session.currentStep, 1);
  const running = session.timer.running;

  return (
    <div role="group" aria-label={t("controls.label")} className="mt-6 space-y-3 rounded-lg border border-brand-100 bg-brand-50/60 p-4">
      <FormMessage state={moveState.status === "error" ? moveState : timerState.status === "error" ? timerState : endState} />
      <div className="flex flex-wrap items-center gap-2">
        <form action={move} className="flex flex-wrap gap-2">
          <input type="hidden" name="partnershipId" value={partnershipId} />
          <input type="hidden" name="version" value={session.version} />
          <SubmitButton name="to" value="previous" variant="secondary" disabled={previous === null}>
            <span aria-hidden="true">←</span> {t("controls.previous")}
          </SubmitButton>
          <SubmitButton name="to" value="next" disabled={next === null}>
            {t("controls.next")} <span aria-hidden="true">→</span>
          </SubmitButton>
          <SubmitButton name="to" value="skip" variant="ghost" disabled={next === null}>
            {t("controls.skip")}
          </SubmitButton>
        </form>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <form action={timer} className="flex flex-wrap gap-2">
          <input type="hidden" name="partnershipId" value={partnershipId} />
          <SubmitButton name="action" value={running ? "pause" : "start"} variant="secondary">
            {running ? t("timer.pause") : t("timer.start")}
          </SubmitButton>
          <SubmitButton name="action" value="reset" variant="ghost">
            {t("timer.reset")}
          </SubmitButton>
        </form>
        <form action={timer}>
          <input type="hidden" name="partnershipId" value={partnershipId} />
          <input type="hidden" name="minutes" value="1" />
          <SubmitButton name="action" value="extend" variant="secondary">
            {t("timer.addOne")}
          </SubmitButton>
        </form>
        <form action={timer}>
          <input type="hidden" name="partnershipId" value={partnershipId} />
          <input type="hidden" name="minutes" value="5" />
          <SubmitButton name="action" value="extend" variant="secondary">
            {t("timer.addFive")}
          </SubmitButton>
        </form>
        <form
          action={end}
          className="ml-auto"
          onSubmit={(event) => {
            if (!window.confirm(words.endConfirm)) event.preventDefault();
          }}
        >
          <input type="hidden" name="partnershipId" value={partnershipId} />
          <SubmitButton variant="danger">{words.end}</SubmitButton>
        </form>
      </div>
    </div>
  );
}
