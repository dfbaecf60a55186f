/** A path on this site to go to after signing in; anything else (other sites, odd schemes) becomes "/". */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  try {
    const url = new URL(value, "http://local.invalid");
    return url.origin === "http://local.invalid" ? url.pathname + url.search + url.hash : "/";
  } catch {
    return "/";
  }
}
