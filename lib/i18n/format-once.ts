/**
 * Wraps a message formatter of one value so that each distinct value is formatted once. Formatting
 * an ICU message with values costs far more than a lookup, and lists repeat few values (an
 * alignment of 1 to 5, member counts): a page of 24 cards then formats at most five alignments.
 */
export function formatOnce<V extends string | number>(format: (value: V) => string): (value: V) => string {
  const formatted = new Map<V, string>();
  return (value) => {
    let text = formatted.get(value);
    if (text === undefined) {
      text = format(value);
      formatted.set(value, text);
    }
    return text;
  };
}
