"use client";

import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusRescue } from "@/components/ui/use-focus-rescue";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = {
  action: FormAction;
  partnershipId: string;
  field: string;
  /** Accessible names: the button's ("Reveal Fears and inhibitions") and the checkbox's. */
  label: string;
  keepLabel: string;
  /** Visible text of the button and the checkbox. */
  short: string;
  keepShort: string;
  keepChecked?: boolean;
};

/**
 * Reveals one answer to the partnership: a copy of its text as it stands, for this kickoff, or
 * kept shared beyond it when the owner ticks the box.
 */
export function RevealForm({ action, partnershipId, field, label, keepLabel, short, keepShort, keepChecked = false }: Props) {
  const [state, formAction] = useFormAction(action);
  const form = useFocusRescue<HTMLFormElement>();
  const keepId = `keep-${field}`;
  return (
    <form ref={form} action={formAction} className="flex flex-col items-end gap-1.5">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="field" value={field} />
      <SubmitButton variant="secondary" aria-label={label} className="px-3 py-1.5 text-sm">
        {short}
      </SubmitButton>
      <span className="flex items-center gap-1.5 text-xs text-muted">
        <input id={keepId} type="checkbox" name="keep" defaultChecked={keepChecked} aria-label={keepLabel} className="h-4 w-4 accent-brand-600" />
        <label htmlFor={keepId}>{keepShort}</label>
      </span>
      {state.status === "error" && state.message ? (
        <p role="alert" className="text-sm font-medium text-danger-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
