import "server-only";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { logger } from "@/lib/logger";

let warned = false;

/**
 * The client's address, as the app's server (scripts/serve.ts) worked it out from the connection
 * and, where TRUST_PROXY says so, X-Forwarded-For. Under `next dev` or a bare `next start`, which do
 * not set it, the last X-Forwarded-For entry is used as sent (and a production server says so once).
 */
export function clientAddress(headers: Headers): string {
  if (process.env.CLIENT_ADDRESS_FROM_SERVER === "1") return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
  if (process.env.NODE_ENV === "production" && !warned) {
    warned = true;
    logger.warn("request.client_address_unchecked", {
      message: "Not started through scripts/serve.ts (npm run serve): X-Forwarded-For is believed as sent, so per-address limits can be dodged.",
    });
  }
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
