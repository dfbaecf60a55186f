"use client";

import { useEffect, useState, type RefObject } from "react";

type Control = HTMLTextAreaElement | HTMLInputElement | HTMLSelectElement;

/**
 * Follows the value of an uncontrolled control: as the user types, and after React resets the
 * form once its action is done (the control then shows its new default value).
 * Returns the value, a change handler, and a way to replace the value as if typed.
 */
export function useSyncedValue<E extends Control>(ref: RefObject<E | null>, defaultValue: string) {
  const [value, setValue] = useState(defaultValue);

  useEffect(() => {
    const control = ref.current;
    if (!control) return;
    const read = () => setValue(control.value);
    read();
    const form = control.form;
    // The reset event fires before the browser restores the values; read them just after.
    const onReset = () => setTimeout(read, 0);
    form?.addEventListener("reset", onReset);
    return () => form?.removeEventListener("reset", onReset);
  }, [ref, defaultValue]);

  const onChange = (event: { currentTarget: E }) => setValue(event.currentTarget.value);
  const replace = (next: string) => {
    if (ref.current) ref.current.value = next;
    setValue(next);
  };
  return [value, onChange, replace] as const;
}
