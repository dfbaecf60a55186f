/** A path on this site to go to after signing in; anything else (other sites, odd schemes) becomes "/". */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  try {
    const url = new URL(value, "http://local.invalid");
    const path = url.pathname + url.search + url.hash;
    // Checked after parsing too: "/.//evil.example" comes out as "//evil.example", another site.
    return url.origin === "http://local.invalid" && !isOtherSite(value) && !isOtherSite(path) ? path : "/";
  } catch {
    return "/";
  }
}

/** "//host" and "/\host" are read by browsers as addresses of another site. */
function isOtherSite(path: string) {
  return path.startsWith("//") || path.startsWith("/\\");
}
