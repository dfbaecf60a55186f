import "server-only";

/**
 * The client's address as reported by X-Forwarded-For. `next start` fills the header with the
 * socket's address when it is missing; behind a reverse proxy, the proxy must set it (see README).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
