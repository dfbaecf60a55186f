"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { shownValue } from "@/lib/action-state";

/** `Email` and `Send reset link`; the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const t = useTranslations("auth");
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={shownValue(state, "email")}
        error={state.fieldErrors?.email}
      />
      <SubmitButton className="w-full" pendingLabel={t("sendingResetLink")}>
        {t("sendResetLink")}
      </SubmitButton>
    </form>
  );
}
