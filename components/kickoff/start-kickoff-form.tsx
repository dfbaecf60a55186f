"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/action-state";

type Props = {
  partnershipId: string;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel: string;
};

/** The facilitator's `Start kickoff` button; on success the action goes to the kickoff page. */
export function StartKickoffForm({ partnershipId, action, label, pendingLabel }: Props) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
