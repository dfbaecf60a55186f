import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "@/lib/db-ping";
import { unavailableResponse } from "@/lib/unavailable-page";

/**
 * Runs before every page: a fresh CSP nonce (Next puts it on its own scripts), the path being
 * asked for (so that a page sending a signed-out visitor to sign in can bring them back), and a
 * friendly 503 while the database is unreachable. Server actions pass: their forms say that
 * nothing was saved. Access itself is checked where the data is read (lib/guards.ts), not here.
 */
export async function proxy(request: NextRequest) {
  if (!request.headers.has("next-action") && !(await databaseReachable())) return unavailableResponse(request);

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
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
