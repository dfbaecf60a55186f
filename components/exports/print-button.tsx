"use client";

import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
        <path d="M5 8V3h10v5M5 14H3V8h14v6h-2M6 11h8v6H6z" strokeLinejoin="round" />
      </svg>
      {label}
    </Button>
  );
}
