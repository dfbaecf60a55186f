import "server-only";
import { env } from "@/lib/env";

/**
 * The app's public address for links that leave it (invite links, emails). APP_URL when set;
 * otherwise, in a request, the address the person is using right now (the request's forwarded
 * host and protocol); in background work, the local server's own address.
 */
export function appOrigin(requestHeaders?: Headers): string {
  const configured = env().APP_URL;
  if (configured) return new URL(configured).origin;
  if (!requestHeaders) return `http://localhost:${process.env.PORT ?? "3000"}`;
  const host = firstValue(requestHeaders.get("x-forwarded-host")) ?? firstValue(requestHeaders.get("host")) ?? "localhost:3000";
  const forwardedProto = firstValue(requestHeaders.get("x-forwarded-proto"));
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  return `${proto}://${host}`;
}

/** A full URL of a path of the app (see appOrigin). */
export function appUrl(path: string, requestHeaders?: Headers): string {
  return new URL(path, appOrigin(requestHeaders)).toString();
}

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}
