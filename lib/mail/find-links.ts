/** The http(s) URLs in a message's text part, in order, each once (trailing punctuation left out). */
export function findLinks(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  return [...new Set(found.map((link) => link.replace(/[.,;:!?]+$/, "")))];
}
