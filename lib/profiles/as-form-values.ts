/** A stored or parsed record as a form shows it: text as is, tag lists comma-separated. */
export function asFormValues(record: Record<string, string | string[] | number | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, Array.isArray(value) ? value.join(", ") : value === null ? "" : String(value)]),
  );
}
