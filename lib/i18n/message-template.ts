/**
 * A message whose arguments are only inserted as text (`"{name}: {alignment}"`, no plural or
 * select on them), formatted once with a marker in place of each argument and then filled in for
 * every item: one ICU formatting for a list of hundreds, and the same text as formatting each.
 * If the formatted message does not hold each marker once (a translation that dropped or
 * repeated an argument), every item is formatted on its own instead.
 */
export function messageTemplate<K extends string>(format: (values: Record<K, string>) => string, names: readonly K[]): (values: Record<K, string>) => string {
  const markers = names.map((_, index) => String.fromCharCode(MARKER + index));
  const formatted = format(Object.fromEntries(names.map((name, index) => [name, markers[index]])) as Record<K, string>);
  if (markers.some((marker) => formatted.split(marker).length !== 2)) return format;
  return (values) => formatted.replace(MARKERS, (marker) => values[names[marker.charCodeAt(0) - MARKER]!]);
}

/** Characters of Unicode's private use area, which no message holds. */
const MARKER = 0xe000;
const MARKERS = /[\uE000-\uE0FF]/g;
