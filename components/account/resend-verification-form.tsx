"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

/** `Send the link again`: a new confirmation link to the address waiting for one. */
export function ResendVerificationForm({ action, labels }: { action: FormAction; labels: { submit: string; pending: string } }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingLabel={labels.pending}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
