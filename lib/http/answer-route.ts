import "server-only";
import { isDatabaseUnavailable } from "@/lib/db-health";
import { isAppError } from "@/lib/errors";
import { refusal } from "@/lib/http/refusal";

/**
 * Runs a route handler's body and answers a refusal from the domain with its status, as the
 * entry point's own checks do: someone removed or demoted between the route's check and the
 * domain's gets 404 or 403, and an unreachable database 503, never a bare 500.
 */
export async function answerRoute(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return refusal(404).response;
    if (isAppError(error, "FORBIDDEN")) return refusal(403).response;
    if (isAppError(error, "INVALID")) return refusal(400).response;
    if (isDatabaseUnavailable(error)) return refusal(503).response;
    throw error;
  }
}
