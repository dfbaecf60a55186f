/**
 * Roughly how much memory a value of plain data takes: two bytes a string character (as
 * JavaScript strings may take) and a little for every other value. A walk instead of
 * JSON.stringify, which would build a string as large as the data on every load.
 */
export function estimateBytes(value: unknown): number {
  if (typeof value === "string") return value.length * 2;
  if (value === null || typeof value !== "object") return 8;
  if (value instanceof Date) return 16;
  let bytes = 16;
  if (Array.isArray(value)) {
    for (const item of value) bytes += 8 + estimateBytes(item);
    return bytes;
  }
  for (const [key, item] of Object.entries(value)) bytes += key.length * 2 + 8 + estimateBytes(item);
  return bytes;
}
