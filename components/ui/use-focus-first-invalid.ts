"use client";

import { useEffect, type RefObject } from "react";
import type { ActionState } from "@/lib/action-state";

/**
 * When a long form comes back with errors, the first field marked invalid gets the focus, centred
 * so that the message under it is not hidden behind a sticky save bar.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, state: ActionState) {
  useEffect(() => {
    if (state.status !== "error") return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus({ preventScroll: true });
    invalid?.scrollIntoView({ block: "center" });
  }, [form, state]);
}
