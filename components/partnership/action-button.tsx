"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusRescue } from "@/components/ui/use-focus-rescue";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/action-state";

type Variant = "primary" | "secondary" | "danger" | "ghost";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** Sent as hidden fields: which partnership, which record. */
  fields: Record<string, string>;
  /** The button's content; its text is the accessible name (add sr-only text to say what it acts on). */
  children: ReactNode;
  variant?: Variant;
  className?: string;
  disabled?: boolean;
  title?: string;
  /** Ask before doing it: the question, and the texts of the confirm and cancel buttons. */
  confirm?: { question: ReactNode; confirmLabel: ReactNode; cancelLabel: ReactNode };
};

/**
 * One button that runs a server action (move, remove, change a role…), optionally after an inline
 * confirmation, and shows the refusal next to it if the server says no.
 */
export function ActionButton({ action, fields, children, variant = "secondary", className = "", disabled, title, confirm }: Props) {
  const [state, formAction] = useFormAction(action);
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const form = useFocusRescue<HTMLFormElement>();

  useEffect(() => {
    if (asking) confirmRef.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const error = state.status === "error" ? state.message : undefined;
  return (
    <form ref={form} action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm && asking ? (
        <div
          ref={confirmRef}
          role="group"
          className="flex max-w-sm flex-col gap-2 rounded-md border border-danger-600/30 bg-danger-50 p-3"
          onKeyDown={(event) => {
            if (event.key === "Escape") setAsking(false);
          }}
        >
          <p className="text-sm text-ink">{confirm.question}</p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant="danger" className="px-3 py-1.5 text-sm">
              {confirm.confirmLabel}
            </SubmitButton>
            <button type="button" className={buttonClass("secondary", "px-3 py-1.5 text-sm")} onClick={() => setAsking(false)}>
              {confirm.cancelLabel}
            </button>
          </div>
        </div>
      ) : confirm ? (
        <button
          ref={triggerRef}
          type="button"
          title={title}
          disabled={disabled}
          className={buttonClass(variant, `px-3 py-1.5 text-sm ${className}`)}
          onClick={() => setAsking(true)}
        >
          {children}
        </button>
      ) : (
        <SubmitButton variant={variant} title={title} disabled={disabled} className={`px-3 py-1.5 text-sm ${className}`}>
          {children}
        </SubmitButton>
      )}
      {error ? (
        <p role="alert" className="max-w-xs text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
