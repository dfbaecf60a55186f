"use client";

import { useKickoffFeed } from "@/components/kickoff/kickoff-feed";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/action-state";

export type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** A form action whose answer carries the kickoff's new state, shown at once in this browser. */
export function useKickoffAction(action: FormAction) {
  const { apply } = useKickoffFeed();
  return useFormAction(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    apply(result.data?.feed);
    return result;
  });
}
