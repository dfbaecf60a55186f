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
  /** The id of the note's text, so that each delete button says which note it removes. */
  describedBy: string;
};

/** Shown only on the author's own notes; the server checks authorship again. */
export function DeleteNoteButton({ action, partnershipId, noteId, label, describedBy }: Props) {
  const [state, formAction] = useFormAction(action);
  const form = useFocusRescue<HTMLFormElement>();
  return (
    <form ref={form} action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="noteId" value={noteId} />
      <SubmitButton variant="ghost" className="px-2 py-1 text-sm" aria-describedby={describedBy}>
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
