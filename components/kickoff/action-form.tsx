"use client";

import type { ReactNode } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusRescue } from "@/components/ui/use-focus-rescue";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/action-state";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields sent with the button. */
  fields: Record<string, string>;
  children: ReactNode;
  label?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  className?: string;
  buttonClassName?: string;
};

/** One button that runs a server action, with the outcome announced when it fails. */
export function ActionForm({ action, fields, children, label, variant = "secondary", className = "", buttonClassName = "" }: Props) {
  const [state, formAction] = useFormAction(action);
  const form = useFocusRescue<HTMLFormElement>();
  return (
    <form ref={form} action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} aria-label={label} className={`px-3 py-1.5 text-sm ${buttonClassName}`}>
        {children}
      </SubmitButton>
      {state.status === "error" && state.message ? (
        <p role="alert" className="mt-1 text-sm font-medium text-danger-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
