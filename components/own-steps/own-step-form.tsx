"use client";

import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { shownValue } from "@/lib/action-state";
import { STEP_MINUTES } from "@/lib/kickoff/steps";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  action: FormAction;
  partnershipId: string;
  /** The step being edited; none for a new one. */
  step?: { id: string; title: string; questions: string[]; durationMinutes: number };
  submitLabel: string;
  pendingLabel: string;
};

/** Title, questions (one a line) and suggested minutes of one of the partnership's own steps. */
export function OwnStepForm({ action, partnershipId, step, submitLabel, pendingLabel }: Props) {
  const t = useTranslations("steps.form");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  const prefix = step ? `own-${step.id}` : "new-step";
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      {step ? <input type="hidden" name="ownStepId" value={step.id} /> : null}
      <TextField
        id={`${prefix}-title`}
        name="title"
        label={t("title")}
        maxLength={LIMITS.shortText}
        defaultValue={shownValue(state, "title", step?.title)}
        error={errors.title}
      />
      <TextAreaField
        id={`${prefix}-questions`}
        name="questions"
        label={t("questions")}
        hint={t("questionsHint")}
        rows={5}
        defaultValue={shownValue(state, "questions", step?.questions.join("\n"))}
        error={errors.questions}
      />
      <TextField
        id={`${prefix}-minutes`}
        name="minutes"
        type="number"
        inputMode="numeric"
        min={STEP_MINUTES.min}
        max={STEP_MINUTES.max}
        label={t("minutes")}
        hint={t("minutesHint", { min: STEP_MINUTES.min, max: STEP_MINUTES.max })}
        defaultValue={shownValue(state, "minutes", String(step?.durationMinutes ?? 15))}
        error={errors.minutes}
        className="sm:max-w-32"
      />
      <SubmitButton variant={step ? "secondary" : "primary"} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
