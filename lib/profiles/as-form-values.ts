import type { FormValues } from "@/lib/action-state";

/** A stored or parsed record as a form shows it: text as is, tag lists comma-separated. */
export function asFormValues(record: Record<string, string | string[] | number | null>): Record<string, string> {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(record)) {
    values[key] = Array.isArray(value) ? value.join(", ") : value === null ? "" : String(value);
  }
  return values as Record<string, string>;
}
