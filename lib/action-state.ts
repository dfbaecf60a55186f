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

/** Form data as plain values; fields given more than once (checkboxes) become lists. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length === 1 ? (all[0] ?? "") : all;
  }
  return values;
}

/** Values that may be sent back to the form: everything but passwords. */
export function echoable(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}
