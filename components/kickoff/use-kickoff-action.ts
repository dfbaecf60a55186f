"use client";

import { useActionState } from "react";
import { useKickoffFeed } from "@/components/kickoff/kickoff-feed";
import { idleState, type ActionState } from "@/lib/action-state";

export type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** A form action whose answer carries the kickoff's new state, shown at once in this browser. */
export function useKickoffAction(action: FormAction) {
  const { apply } = useKickoffFeed();
  return useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    apply(result.data?.feed);
    return result;
  }, idleState);
}
