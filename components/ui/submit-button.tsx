"use client";

import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  variant?: "primary" | "secondary" | "danger" | "ghost";
  /** Said while the form is being sent; the button keeps its accessible name otherwise. */
  pendingLabel?: ReactNode;
};

/**
 * A disabled button (while the form is being sent, or when `disabled`) is only marked so with
 * aria-disabled and ignores clicks and Enter: a natively disabled button drops the keyboard
 * user's focus to the page, as when "Move up" reaches the top or "Next step" the last step.
 */
export function SubmitButton({ children, pendingLabel, variant = "primary", className = "", disabled, onClick, ...props }: Props) {
  const { pending } = useFormStatus();
  const inactive = Boolean(disabled) || pending;
  const ignoreWhileInactive = (event: MouseEvent<HTMLButtonElement>) => {
    if (inactive) event.preventDefault();
    else onClick?.(event);
  };
  return (
    <button type="submit" className={buttonClass(variant, className)} aria-disabled={inactive || undefined} onClick={ignoreWhileInactive} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
