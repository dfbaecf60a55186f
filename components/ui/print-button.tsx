"use client";

import { Button } from "@/components/ui/button";

/** Prints the page (with the print stylesheet); never printed itself. */
export function PrintButton({ label, className = "" }: { label: string; className?: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()} className={`no-print ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M5 8V3h10v5M5 14H3V8h14v6h-2M6 11h8v6H6z" strokeLinejoin="round" />
      </svg>
      {label}
    </Button>
  );
}
