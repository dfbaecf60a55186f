"use client";

import { useTranslations } from "next-intl";
import { FORM_STACK_TIGHT } from "@/components/partnership/form-stack";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { shownValue, type ActionState } from "@/lib/action-state";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  partnershipId: string;
  organisation: string;
};

/** The organisation the user represents in this partnership. */
export function OrganisationForm({ action, partnershipId, organisation }: Props) {
  const t = useTranslations("members");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className={FORM_STACK_TIGHT} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <TextField
        name="organisation"
        label={t("myOrganisation")}
        hint={t("myOrganisationHint", { max: LIMITS.organisation })}
        autoComplete="organization"
        defaultValue={shownValue(state, "organisation", organisation)}
        error={errors.organisation}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("saveOrganisation")}
      </SubmitButton>
    </form>
  );
}
