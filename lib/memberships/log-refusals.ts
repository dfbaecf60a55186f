import "server-only";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

const REFUSALS = new Set(["NOT_FOUND", "FORBIDDEN", "LAST_FACILITATOR"]);

/**
 * Runs a domain action and writes a security log line when it is refused (not a member, not a
 * facilitator, or it would leave the partnership without a facilitator). The error goes on to
 * the caller unchanged. `fields` are identifiers only.
 */
export async function logRefusals<T>(event: string, fields: Record<string, string>, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (isAppError(error) && REFUSALS.has(error.code)) {
      logger.security(`${event}.refused`, { ...fields, reason: error.code });
    }
    throw error;
  }
}
