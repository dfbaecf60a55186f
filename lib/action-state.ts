export type FormValues = Record<string, string | string[]>;

/** What every form action returns to `useActionState`. */
export type ActionState = {
  status: "idle" | "success" | "error";
  /** A message for the whole form, already in the user's language. */
  message?: string;
  /** One message per field, already in the user's language. */
  fieldErrors?: Record<string, string>;
  /** What the user typed, so that a form showing an error loses nothing (passwords excepted). */
  values?: FormValues;
  /** Extra data for the form, e.g. the other version in a conflict. */
  data?: Record<string, unknown>;
};

export const idleState: ActionState = { status: "idle" };

/** The value to show in a field: what the user typed if the form came back, else the saved one. */
export function shownValue(state: ActionState, name: string, saved = ""): string {
  const typed = state.values?.[name];
  return typeof typed === "string" ? typed : saved;
}
