/**
 * Tags as one canonical list: split on commas (and new lines), Unicode-normalised, whitespace
 * collapsed, lower-cased, blanks and duplicates dropped, first occurrence first. "Trust" and
 * " trust" are one tag, so that shared ground counts them as one.
 */
export function normaliseTags(input: string | readonly string[]): string[] {
  const parts = typeof input === "string" ? input.split(/[,\n;]/) : input.flatMap((part) => part.split(/[,\n;]/));
  const seen = new Set<string>();
  for (const part of parts) {
    const tag = part.normalize("NFKC").replace(/\s+/gu, " ").trim().toLowerCase();
    if (tag) seen.add(tag);
  }
  return [...seen];
}
