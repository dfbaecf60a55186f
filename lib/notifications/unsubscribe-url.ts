import "server-only";
import { appUrl } from "@/lib/http/app-url";
import { unsubscribeToken, type UnsubscribeScope } from "@/lib/notifications/unsubscribe-token";

/** The one-click unsubscribe link of a notification email (List-Unsubscribe, RFC 8058). */
export function unsubscribeUrl(userId: string, scope: UnsubscribeScope): string {
  return appUrl(`/api/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, scope))}`);
}
