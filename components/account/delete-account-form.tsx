"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { idleState, shownValue, type ActionState } from "@/lib/action-state";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** The account has no password (it signs in through its organisation): confirmed by its email address. */
  withEmail: boolean;
  labels: { delete: string; confirmPassword: string; confirmEmail: string; confirmHint: string; confirmDelete: string; cancel: string; deleting: string };
};

/**
 * `Delete my account`, then a confirmation with one's password (or, without one, one's email
 * address); afterwards signed out, at the start.
 */
export function DeleteAccountForm({ action, withEmail, labels }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  // After "Cancel" the keyboard's focus goes back to the button that opened the confirmation.
  const [cancelled, setCancelled] = useState(false);
  const [state, formAction] = useFormAction(async (previous: ActionState, formData: FormData): Promise<ActionState> => {
    const result = await action(previous, formData);
    if (result.status !== "success") return result;
    // The action has ended the session; the start page is rendered for a signed-out visitor.
    router.replace("/");
    router.refresh();
    return result;
  });

  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)} autoFocus={cancelled}>
        {labels.delete}
      </Button>
    );
  }
  return (
    <form action={formAction} className="space-y-4 rounded-md border border-danger-600/40 bg-danger-50 p-4" noValidate>
      <FormMessage state={state.status === "error" && !state.fieldErrors ? state : idleState} />
      {withEmail ? (
        <TextField
          name="confirmEmail"
          type="email"
          label={labels.confirmEmail}
          hint={labels.confirmHint}
          autoComplete="off"
          autoFocus
          required
          defaultValue={shownValue(state, "confirmEmail")}
          error={state.fieldErrors?.confirmEmail ?? state.fieldErrors?.password}
        />
      ) : (
        <TextField
          name="password"
          type="password"
          label={labels.confirmPassword}
          hint={labels.confirmHint}
          autoComplete="current-password"
          autoFocus
          required
          error={state.fieldErrors?.password}
        />
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger" pendingLabel={labels.deleting}>
          {labels.confirmDelete}
        </SubmitButton>
        <Button
          variant="secondary"
          onClick={() => {
            setConfirming(false);
            setCancelled(true);
          }}
        >
          {labels.cancel}
        </Button>
      </div>
    </form>
  );
}
