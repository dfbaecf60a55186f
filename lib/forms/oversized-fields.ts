/**
 * How much a form may send to a server action. Next refuses bodies over 2 MB
 * (serverActions.bodySizeLimit in next.config.js); this leaves room for the encoding around the
 * values, so that a form stops short of the limit and says why instead of failing.
 */
export const SEND_LIMIT_BYTES = 1_500_000;

/** A single value this large is named as the cause (no field of any form allows near this much). */
const FIELD_BLAME_BYTES = 64 * 1024;

/**
 * Whether a form is too large to send, and which of its fields make it so (the largest first).
 * Sizes are UTF-8 bytes, as they travel.
 */
export function oversizedFields(formData: FormData): { tooLarge: boolean; fields: string[] } {
  const encoder = new TextEncoder();
  const sizes = new Map<string, number>();
  let total = 0;
  for (const [name, value] of formData.entries()) {
    const size = encoder.encode(name).length + (typeof value === "string" ? encoder.encode(value).length : value.size);
    total += size;
    sizes.set(name, (sizes.get(name) ?? 0) + size);
  }
  if (total <= SEND_LIMIT_BYTES) return { tooLarge: false, fields: [] };
  const fields = [...sizes.entries()]
    .filter(([, size]) => size >= FIELD_BLAME_BYTES)
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => name);
  return { tooLarge: true, fields };
}
