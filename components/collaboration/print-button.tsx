"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
