"use client";

import Link from "next/link";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstInvalid } from "@/components/ui/use-focus-first-invalid";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/action-state";
import { shownValue } from "@/lib/action-state";
import { LIMITS } from "@/lib/validation/limits";

/** A step the session can run: `value` is a default step's kind or "own:<id>" for an own step. */
export type StepOption = { value: string; title: string; durationMinutes: number; own: boolean };

type Props = {
  action: FormAction;
  partnershipId: string;
  steps: StepOption[];
  timeZone: string;
  /** The earliest value the date and time input offers (now, in the partnership's time zone). */
  min: string;
};

/** Chosen steps as the form came back, else the six default steps. */
function chosenSteps(state: ActionState, steps: StepOption[]): string[] {
  const typed = state.values?.steps;
  if (state.values === undefined) return steps.filter((step) => !step.own).map((step) => step.value);
  if (typed === undefined) return [];
  return Array.isArray(typed) ? typed : [typed];
}

/** The facilitator's form to plan a session: title, date and time, and its steps. */
export function PlanSessionForm({ action, partnershipId, steps, timeZone, min }: Props) {
  const t = useTranslations("sessions.form");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, state);
  const chosen = chosenSteps(state, steps);
  return (
    <form ref={formRef} action={formAction} noValidate className="max-w-2xl space-y-5 rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-6">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      {/* The zone the date and time are read in; the server refuses it if the partnership's changed since. */}
      <input type="hidden" name="timeZone" value={timeZone} />
      <TextField
        name="title"
        label={t("sessionTitle")}
        hint={t("sessionTitleHint")}
        maxLength={LIMITS.shortText}
        defaultValue={shownValue(state, "title")}
        error={errors.title}
        key={`title-${shownValue(state, "title")}`}
      />
      <TextField
        name="scheduledAt"
        type="datetime-local"
        label={t("scheduledAt")}
        hint={t("scheduledAtHint", { zone: timeZone })}
        min={min}
        defaultValue={shownValue(state, "scheduledAt")}
        error={errors.scheduledAt}
        key={`when-${shownValue(state, "scheduledAt")}`}
        className="sm:max-w-xs"
      />
      <fieldset className="space-y-2" aria-describedby={["plan-steps-hint", errors.steps ? "plan-steps-error" : ""].filter(Boolean).join(" ")}>
        <legend className="font-medium text-ink">{t("steps")}</legend>
        <p id="plan-steps-hint" className="text-sm text-muted">
          {t("stepsHint")}
        </p>
        <ul className="space-y-1.5">
          {steps.map((step, index) => (
            <li key={step.value}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="steps"
                  value={step.value}
                  defaultChecked={chosen.includes(step.value)}
                  key={`${step.value}-${chosen.includes(step.value)}`}
                  aria-invalid={errors.steps ? true : undefined}
                  className="mt-1 accent-brand-600"
                />
                <span className="break-words">
                  {index + 1}. {step.title} <span className="text-sm text-muted">({t("stepMinutes", { minutes: step.durationMinutes })})</span>
                  {step.own ? <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">{t("ownStep")}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.steps ? (
          <p id="plan-steps-error" className="text-sm font-medium text-danger-700">
            <span aria-hidden="true">⚠ </span>
            {errors.steps}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
        <Link href={`/partnerships/${partnershipId}/sessions`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {t("cancel")}
        </Link>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
