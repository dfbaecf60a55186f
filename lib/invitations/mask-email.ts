/**
 * An address shown to someone who may not be its owner: the first character of the local part
 * and the domain, e.g. "a•••@example.org", enough for the owner to recognise it.
 */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${address.slice(0, 1)}•••${address.slice(at)}`;
}
