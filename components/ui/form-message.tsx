import type { ActionState } from "@/lib/action-state";

/** The outcome of a form, announced to screen readers. */
export function FormMessage({ state, id }: { state: ActionState; id?: string }) {
  if (state.status === "idle" || !state.message) return <div id={id} role="status" aria-live="polite" />;
  const error = state.status === "error";
  return (
    <div
      id={id}
      role={error ? "alert" : "status"}
      aria-live={error ? "assertive" : "polite"}
      className={`rounded-md border px-4 py-3 text-sm font-medium ${
        error ? "border-danger-600/30 bg-danger-50 text-danger-700" : "border-ok-700/20 bg-ok-50 text-ok-700"
      }`}
    >
      {state.message}
    </div>
  );
}
