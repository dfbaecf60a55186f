"use client";

import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  variant?: "primary" | "secondary" | "danger" | "ghost";
  /** Said while the form is being sent; the button keeps its accessible name otherwise. */
  pendingLabel?: ReactNode;
};

export function SubmitButton({ children, pendingLabel, variant = "primary", className = "", disabled, ...props }: Props) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClass(variant, className)} disabled={disabled || pending} aria-disabled={pending || undefined} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
