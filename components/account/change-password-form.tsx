"use client";

import { useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useFocusFirstInvalid } from "@/components/ui/use-focus-first-invalid";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = {
  action: FormAction;
  labels: { currentPassword: string; newPassword: string; newPasswordHint: string; submit: string; pending: string };
};

/**
 * `Current password`, `New password`, `Change password`. A wrong current password or a too short
 * new one is marked next to its field; the passwords themselves are never sent back.
 */
export function ChangePasswordForm({ action, labels }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction] = useFormAction(action);
  useFocusFirstInvalid(form, state);
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={form} action={formAction} className="max-w-md space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        type="password"
        label={labels.currentPassword}
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <TextField
        name="newPassword"
        type="password"
        label={labels.newPassword}
        hint={labels.newPasswordHint}
        autoComplete="new-password"
        required
        error={errors.newPassword}
      />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
