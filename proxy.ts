import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "@/lib/db-ping";
import { checkActionBody } from "@/lib/http/check-action-body";
import { unavailableResponse } from "@/lib/unavailable-page";

/** Next's own limit on a server action's body (serverActions.bodySizeLimit in next.config.js). */
const ACTION_BODY_LIMIT = 2 * 1024 * 1024;

function decodes(path: string) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs before every page: a fresh CSP nonce (Next puts it on its own scripts), the path being
 * asked for (so that a page sending a signed-out visitor to sign in can bring them back), and a
 * friendly 503 while the database is unreachable. Server actions sent by script pass: their
 * forms say that nothing was saved (signing out and choosing a language work without the
 * database). Forms sent without JavaScript get the 503 page. Any action is refused when its body
 * is too large or does not decode. Access itself is checked where the data is read
 * (lib/guards.ts), not here.
 */
export async function proxy(request: NextRequest) {
  // A path that does not decode (e.g. an encoded lone surrogate) would fail deep in routing.
  if (!decodes(request.nextUrl.pathname)) return withTransportSecurity(new Response("Bad request", { status: 400, headers: { "Cache-Control": "no-store" } }));
  // Route handlers answer for themselves (JSON, status codes); they pass only the check above.
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return withTransportSecurity(withPolicy(NextResponse.next(), API_POLICY));
  }

  // A POST to a page is a server action: from a script (Next-Action header) or a form sent
  // without JavaScript, whose body Next decodes itself.
  const action = request.method === "POST" && request.headers.has("next-action");
  if (request.method === "POST") {
    const refused = await checkActionBody(request, ACTION_BODY_LIMIT, { arguments: action });
    if (refused) return refused;
  }
  // A prefetch only warms the router's cache: it skips the database check (the page it leads to
  // makes its own) but gets the same headers as any page.
  if (!action && !isPrefetch(request) && !(await databaseReachable())) return withTransportSecurity(withPolicy(unavailableResponse(request), UNAVAILABLE_POLICY));

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return withTransportSecurity(response);
}

function isPrefetch(request: NextRequest) {
  return request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
}

/**
 * Browsers keep to https for a year once they have seen this over https; sent only when the app's
 * own URL (APP_URL) is https, so a plain-http setup (development, tests) is never pinned.
 */
function withTransportSecurity<T extends Response>(response: T): T {
  if (process.env.APP_URL?.startsWith("https:")) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

function withPolicy<T extends Response>(response: T, policy: string): T {
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** The self-contained 503 page: its one style element, nothing else. */
const UNAVAILABLE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Route handlers answer JSON, files or event streams: nothing in them may run or be framed. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The few <style> elements the app renders itself (components/exports/kickoff-report.tsx,
 * components/kickoff/present-stage.tsx), allowed by hash: React inserts them on client-side
 * navigation too, where no nonce would reach them. Keep in step with those components
 * (e2e/security-headers.spec.ts visits them and fails on any CSP violation).
 */
const INLINE_STYLES = [
  "@page { margin: 16mm 14mm; }",
  "body:has(#present-mode) .no-print { display: none !important; } body:has(#present-mode) { overflow: hidden; }",
];
const STYLE_HASHES = INLINE_STYLES.map((css) => `'sha256-${createHash("sha256").update(css).digest("base64")}'`).join(" ");

function contentSecurityPolicy(nonce: string, development: boolean) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Style elements: the app's stylesheets, Next's own (with the nonce) and the app's few
    // inline ones (by hash). Style attributes (progress bars, React's own) stay allowed, as
    // attributes only: they cannot load anything or hold selectors. Inline scripts are not allowed.
    `style-src 'self' 'nonce-${nonce}' ${STYLE_HASHES}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const config = {
  // Prefetches too: every response of a page carries its headers. Static files (hashed, served
  // as they are) are left out.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
