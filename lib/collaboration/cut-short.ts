/**
 * A text cut to at most `max` characters at a word boundary, with an ellipsis when cut. The view
 * sends only this much of a mission statement; the member's page has the whole of it.
 */
export function cutShort(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?–-]+$/u, "")}…`;
}
