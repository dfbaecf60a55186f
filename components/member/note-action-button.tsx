"use client";

import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusRescue } from "@/components/ui/use-focus-rescue";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/action-state";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  partnershipId: string;
  noteId: string;
  label: string;
  /** The button's full name when its label alone does not say whose note it acts on. */
  accessibleName?: string;
  /** The id of the note's text, so that each button says which note it acts on. */
  describedBy: string;
};

/**
 * Deletes the author's own note, or removes a note from view for the member it is about or a
 * facilitator. Shown only to those; the server checks again. The note's row goes away on success,
 * so the keyboard's focus is moved to the notes' heading rather than lost.
 */
export function NoteActionButton({ action, partnershipId, noteId, label, accessibleName, describedBy }: Props) {
  const [state, formAction] = useFormAction(action);
  const form = useFocusRescue<HTMLFormElement>();
  return (
    <form ref={form} action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="noteId" value={noteId} />
      <SubmitButton variant="ghost" className="px-2 py-1 text-sm" aria-label={accessibleName} aria-describedby={describedBy}>
        {label}
      </SubmitButton>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-danger-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
