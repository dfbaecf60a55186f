"use client";

import { useTranslations } from "next-intl";
import { FORM_STACK } from "@/components/partnership/form-stack";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { shownValue, type ActionState } from "@/lib/action-state";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  token: string;
};

/** Joins the partnership of an invite link, with the organisation the user represents there. */
export function JoinForm({ action, token }: Props) {
  const t = useTranslations("invitations");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className={FORM_STACK} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="organisation"
        label={t("organisation")}
        hint={t("organisationHint", { max: LIMITS.organisation })}
        autoComplete="organization"
        defaultValue={shownValue(state, "organisation")}
        error={errors.organisation}
      />
      <SubmitButton className="w-full sm:w-auto" pendingLabel={t("joining")}>
        {t("join")}
      </SubmitButton>
    </form>
  );
}
