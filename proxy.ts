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
  if (!decodes(request.nextUrl.pathname)) return new Response("Bad request", { status: 400, headers: { "Cache-Control": "no-store" } });
  // Route handlers answer for themselves (JSON, status codes); they pass only the check above.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();

  // A POST to a page is a server action: from a script (Next-Action header) or a form sent
  // without JavaScript, whose body Next decodes itself.
  const action = request.method === "POST" && request.headers.has("next-action");
  if (request.method === "POST") {
    const refused = await checkActionBody(request, ACTION_BODY_LIMIT, { arguments: action });
    if (refused) return refused;
  }
  if (!action && !(await databaseReachable())) return unavailableResponse(request);

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function contentSecurityPolicy(nonce: string, development: boolean) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (SVG positions, progress bars) are allowed; inline scripts are not.
    "style-src 'self' 'unsafe-inline'",
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
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
