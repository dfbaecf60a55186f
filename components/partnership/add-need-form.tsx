"use client";

import { useTranslations } from "next-intl";
import { FORM_STACK_TIGHT } from "@/components/partnership/form-stack";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { shownValue, type ActionState } from "@/lib/action-state";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  partnershipId: string;
};

/** Adds a need (a title and an optional explanation) at the end of the list. */
export function AddNeedForm({ action, partnershipId }: Props) {
  const t = useTranslations("partnerships");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className={FORM_STACK_TIGHT} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <TextField
        id="need-title"
        name="title"
        label={t("need")}
        hint={t("needHint", { max: LIMITS.shortText })}
        required
        defaultValue={shownValue(state, "title")}
        error={errors.title}
      />
      <TextAreaField
        id="need-description"
        name="description"
        label={t("needDetails")}
        hint={t("needDetailsHint", { max: LIMITS.goal })}
        rows={2}
        defaultValue={shownValue(state, "description")}
        error={errors.description}
      />
      <SubmitButton variant="secondary" pendingLabel={t("addingNeed")}>
        {t("addNeed")}
      </SubmitButton>
    </form>
  );
}
