import "server-only";
import { env } from "@/lib/env";

/**
 * The full invite link. APP_URL (the public address) when set; otherwise the address the
 * facilitator is using right now, from the request's (forwarded) host and protocol.
 */
export function inviteUrl(token: string, requestHeaders: Headers): string {
  const path = `/invite/${token}`;
  const configured = env().APP_URL;
  if (configured) return new URL(path, configured).toString();
  const host = firstValue(requestHeaders.get("x-forwarded-host")) ?? firstValue(requestHeaders.get("host")) ?? "localhost:3000";
  const forwardedProto = firstValue(requestHeaders.get("x-forwarded-proto"));
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  return new URL(path, `${proto}://${host}`).toString();
}

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}
