"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { controlClass } from "@/components/ui/field";
import { useKickoffFeed } from "@/components/kickoff/kickoff-feed";
import { useStepTitle } from "@/components/kickoff/step-title";
import { useKickoffAction, type FormAction } from "@/components/kickoff/use-kickoff-action";
import { shownValue } from "@/lib/action-state";
import type { KickoffStepView } from "@/lib/kickoff/snapshot";
import { STEP_MINUTES } from "@/lib/kickoff/steps";

type Actions = { edit: FormAction; reorder: FormAction; move: FormAction };

/** The facilitator's plan of the running kickoff: titles, minutes, order, skipping. */
export function StepPlan({ partnershipId, actions }: { partnershipId: string; actions: Actions }) {
  const t = useTranslations("kickoff.plan");
  const { feed } = useKickoffFeed();
  const session = feed.session;
  if (!session || session.status !== "RUNNING") return null;
  return (
    // Closed by default: the plan is changed now and then, the session is followed all the time.
    <details className="group rounded-lg border border-line bg-surface p-5">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 text-lg font-semibold [&::-webkit-details-marker]:hidden">
        {t("title")}
        <span aria-hidden="true" className="text-brand-700 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <ol className="mt-4 space-y-4">
        {session.steps.map((step, index) => (
          <StepRow
            // Keyed by id alone, so that a saved or moved step keeps the keyboard's focus. A step
            // changed elsewhere shows its new values in the fields nobody has typed in.
            key={step.id}
            partnershipId={partnershipId}
            step={step}
            index={index}
            count={session.steps.length}
            current={index === session.currentStep}
            version={session.version}
            actions={actions}
          />
        ))}
      </ol>
    </details>
  );
}

type RowProps = {
  partnershipId: string;
  step: KickoffStepView;
  index: number;
  count: number;
  current: boolean;
  version: number;
  actions: Actions;
};

function StepRow({ partnershipId, step, index, count, current, version, actions }: RowProps) {
  const t = useTranslations("kickoff");
  const stepTitle = useStepTitle();
  const [state, edit] = useKickoffAction(actions.edit);
  const [reorderState, reorder] = useKickoffAction(actions.reorder);
  const [moveState, move] = useKickoffAction(actions.move);
  const refusal = [moveState, reorderState].find((answer) => answer.status === "error")?.message;
  const number = index + 1;
  const id = `step-${step.id}`;
  const errors = state.fieldErrors ?? {};
  const defaultTitle = t(`steps.${step.kind}.title`);

  return (
    <li className={`rounded-md border p-3 ${current ? "border-brand-500 bg-brand-50/50" : "border-line"}`}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <p className="text-sm font-semibold">
          {number}. {stepTitle(step)}
          {current ? <span className="ml-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs text-white">{t("currentStep")}</span> : null}
          {step.skipped ? <span className="ml-2 rounded bg-paper px-1.5 py-0.5 text-xs text-muted">{t("skipped")}</span> : null}
        </p>
        <div className="flex gap-1">
          {!current ? (
            <form action={move}>
              <input type="hidden" name="partnershipId" value={partnershipId} />
              <input type="hidden" name="version" value={version} />
              <input type="hidden" name="index" value={index} />
              <SubmitButton name="to" value="step" variant="ghost" className="px-2 py-1 text-xs" aria-label={t("plan.goTo", { number })}>
                <span aria-hidden="true">▶</span>
              </SubmitButton>
            </form>
          ) : null}
          <form action={reorder} className="flex gap-1">
            <input type="hidden" name="partnershipId" value={partnershipId} />
            <input type="hidden" name="stepId" value={step.id} />
            <SubmitButton name="direction" value="up" variant="ghost" className="px-2 py-1 text-xs" disabled={index === 0} aria-label={t("plan.up", { number })}>
              <span aria-hidden="true">↑</span>
            </SubmitButton>
            <SubmitButton
              name="direction"
              value="down"
              variant="ghost"
              className="px-2 py-1 text-xs"
              disabled={index === count - 1}
              aria-label={t("plan.down", { number })}
            >
              <span aria-hidden="true">↓</span>
            </SubmitButton>
          </form>
        </div>
      </div>
      {refusal ? (
        <p role="alert" className="mb-2 text-sm font-medium text-danger-700">
          {refusal}
        </p>
      ) : null}
      <form action={edit} className="space-y-2" noValidate>
        <input type="hidden" name="partnershipId" value={partnershipId} />
        <input type="hidden" name="stepId" value={step.id} />
        <div>
          <label htmlFor={`${id}-title`} className="text-sm font-medium">
            {t("plan.stepTitle", { number })}
          </label>
          <input
            id={`${id}-title`}
            name="title"
            defaultValue={shownValue(state, "title", step.title ?? "")}
            placeholder={defaultTitle}
            aria-describedby={`${id}-title-hint${errors.title ? ` ${id}-title-error` : ""}`}
            aria-invalid={errors.title ? true : undefined}
            className={`${controlClass(errors.title)} mt-1 py-1.5 text-sm`}
          />
          <p id={`${id}-title-hint`} className="mt-0.5 text-xs text-muted">
            {t("plan.defaultTitle", { title: defaultTitle })}
          </p>
          {errors.title ? (
            <p id={`${id}-title-error`} className="text-xs font-medium text-danger-700">
              {errors.title}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={`${id}-minutes`} className="text-sm font-medium">
              {t("plan.minutes", { number })}
            </label>
            <input
              id={`${id}-minutes`}
              name="durationMinutes"
              type="number"
              inputMode="numeric"
              min={STEP_MINUTES.min}
              max={STEP_MINUTES.max}
              defaultValue={shownValue(state, "durationMinutes", String(step.durationMinutes))}
              aria-invalid={errors.durationMinutes ? true : undefined}
              aria-describedby={errors.durationMinutes ? `${id}-minutes-error` : undefined}
              className={`${controlClass(errors.durationMinutes)} mt-1 w-24 py-1.5 text-sm`}
            />
            {errors.durationMinutes ? (
              <p id={`${id}-minutes-error`} className="text-xs font-medium text-danger-700">
                {errors.durationMinutes}
              </p>
            ) : null}
          </div>
          <label className="flex items-center gap-2 pb-2 text-sm">
            <input type="checkbox" name="skipped" defaultChecked={state.values ? "skipped" in state.values : step.skipped} className="size-4 accent-brand-600" />
            {t("plan.skip", { number })}
          </label>
          <SubmitButton variant="secondary" className="ml-auto px-3 py-1.5 text-sm">
            {t("plan.save", { number })}
          </SubmitButton>
        </div>
        {state.status === "error" ? <FormMessage state={state} /> : null}
      </form>
    </li>
  );
}
