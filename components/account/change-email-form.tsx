"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useFocusFirstInvalid } from "@/components/ui/use-focus-first-invalid";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { shownValue } from "@/lib/action-state";

type Props = {
  action: FormAction;
  labels: { open: string; newEmail: string; newEmailHint: string; currentPassword: string; submit: string; pending: string; cancel: string };
};

/**
 * `Change email address`, then the new address and the current password. Folded away until asked
 * for, so that the account page shows one password form at a time.
 */
export function ChangeEmailForm({ action, labels }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  // Done: the form folds away and says where the link went.
  const [state, formAction] = useFormAction(async (previous, formData) => {
    const result = await action(previous, formData);
    if (result.status === "success") setOpen(false);
    return result;
  });
  useFocusFirstInvalid(form, state);

  if (!open) {
    return (
      <div className="space-y-3">
        {state.status === "success" ? <FormMessage state={state} /> : null}
        <Button variant="secondary" onClick={() => setOpen(true)} autoFocus={cancelled}>
          {labels.open}
        </Button>
      </div>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <form
      ref={form}
      action={formAction}
      className="max-w-md space-y-4"
      noValidate
    >
      <FormMessage state={state} />
      <TextField
        name="newEmail"
        type="email"
        label={labels.newEmail}
        hint={labels.newEmailHint}
        autoComplete="email"
        autoFocus
        required
        defaultValue={shownValue(state, "newEmail")}
        error={errors.newEmail}
      />
      <TextField name="currentPassword" type="password" label={labels.currentPassword} autoComplete="current-password" required error={errors.currentPassword} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
        <Button
          variant="secondary"
          onClick={() => {
            setOpen(false);
            setCancelled(true);
          }}
        >
          {labels.cancel}
        </Button>
      </div>
    </form>
  );
}
