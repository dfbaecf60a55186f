import "server-only";
import type { Tx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { countAttempt } from "@/lib/rate-limit/rate-limit";
import { INVITE_ADDRESS } from "@/lib/rate-limit/rules";

/**
 * Counts one try of an invite link from this address, inside the caller's transaction (which must
 * commit for the try to count). Returns the minutes the address must wait, 0 when it may go on.
 */
export async function countInviteTry(tx: Tx, address: string): Promise<number> {
  const attempt = await countAttempt(`invite:address:${address}`, INVITE_ADDRESS, tx);
  if (attempt.blockedForSeconds <= 0) return 0;
  logger.security("invitation.blocked", { address, attempts: attempt.attempts });
  return Math.max(1, Math.ceil(attempt.blockedForSeconds / 60));
}
