"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { shownValue } from "@/lib/action-state";

type Props = {
  action: FormAction;
  partnershipId: string;
  kind: string;
  title: string;
  /** The questions the step asks now (the partnership's or the default), one a line. */
  questions: string;
  /** Whether the partnership has its own questions for this step. */
  edited: boolean;
};

/** A facilitator's form for the questions of one default step: save them, or go back to the defaults. */
export function DefaultStepQuestionsForm({ action, partnershipId, kind, title, questions, edited }: Props) {
  const t = useTranslations("steps");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  const shown = shownValue(state, "questions", questions);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="kind" value={kind} />
      <TextAreaField
        id={`questions-${kind}`}
        name="questions"
        label={t("defaults.questions", { title })}
        hint={t("defaults.questionsHint")}
        rows={Math.min(8, Math.max(3, shown.split("\n").length + 1))}
        defaultValue={shown}
        key={shown}
        error={errors.questions}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="secondary" pendingLabel={t("defaults.saving")} aria-label={t("defaults.saveNamed", { title })}>
          {t("defaults.save")}
        </SubmitButton>
        {edited ? (
          <SubmitButton name="useDefaults" value="on" variant="ghost" aria-label={t("defaults.resetNamed", { title })}>
            {t("defaults.reset")}
          </SubmitButton>
        ) : null}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
