"use client";

import { useActionState } from "react";
import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { echoable, formValues, idleState, type ActionState } from "@/lib/action-state";
import { oversizedFields } from "@/lib/forms/oversized-fields";

export type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * `useActionState` for a form that sends to the server. A form too large to send is stopped here
 * with a message next to the offending field; a request that fails on the way (network, server)
 * comes back as a message on the form. Either way, what was typed stays.
 */
export function useFormAction(action: FormAction, initial: ActionState = idleState) {
  const te = useTranslations("errors");
  return useActionState(async (previous: ActionState, formData: FormData): Promise<ActionState> => {
    const oversized = oversizedFields(formData);
    if (oversized.tooLarge) {
      return {
        status: "error",
        message: te("tooLargeToSend"),
        fieldErrors: Object.fromEntries(oversized.fields.map((field) => [field, te("fieldTooLargeToSend")])),
        values: echoable(formValues(formData)),
      };
    }
    try {
      return await action(previous, formData);
    } catch (error) {
      unstable_rethrow(error);
      return { status: "error", message: te("notSent"), values: echoable(formValues(formData)) };
    }
  }, initial);
}
