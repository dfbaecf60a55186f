"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { LIMITS } from "@/lib/validation/limits";

/** `New password` and `Set new password`, for the token of the emailed link. */
export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <div>
        <input type="hidden" name="token" value={token} />
        <TextField
          name="password"
          type="password"
          label={t("newPassword")}
          hint={t("passwordHint", { min: LIMITS.passwordMin })}
          autoComplete="new-password"
          required
          error={state.fieldErrors?.password}
        />
      </div>
      <SubmitButton className="w-full" pendingLabel={t("settingNewPassword")}>
        {t("setNewPassword")}
      </SubmitButton>
    </form>
  );
}
