/**
 * Whether an address belongs to a domain whose people sign in only with their organisation's
 * account (PASSWORDLESS_DOMAINS): the domain after the last "@", exactly, in any case.
 */
export function isPasswordlessEmail(email: string, domains: readonly string[]): boolean {
  const domain = email.slice(email.lastIndexOf("@") + 1).trim().toLowerCase();
  return domain.length > 0 && domains.includes(domain);
}

/** The domain part of an address, for messages ("people at provincie.example …"). */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).trim().toLowerCase();
}
