import "server-only";
import { appUrl } from "@/lib/http/app-url";

/**
 * The full invite link. APP_URL (the public address) when set; otherwise the address the
 * facilitator is using right now, from the request's (forwarded) host and protocol.
 */
export function inviteUrl(token: string, requestHeaders?: Headers): string {
  return appUrl(`/invite/${token}`, requestHeaders);
}
