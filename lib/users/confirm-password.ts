import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { verifyPassword } from "@/lib/passwords";
import { blockedFor, clearAttempts, countAttempt } from "@/lib/rate-limit/rate-limit";
import { SIGN_IN_ACCOUNT, signInAccountKey } from "@/lib/rate-limit/rules";

/**
 * Checks the password a signed-in user typed to confirm a step (changing the password, deleting
 * the account). A wrong one counts as a failed sign-in of the account, so a stolen session cannot
 * guess it faster than the sign-in form could. Throws INVALID (or RATE_LIMITED) on `field`.
 */
export async function confirmPassword(userId: string, password: string, field: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", { message: `user ${userId} does not exist` });
  const key = signInAccountKey(user.email);
  const blocked = await blockedFor(key);
  if (blocked > 0) throw new AppError("RATE_LIMITED", { field, params: { minutes: Math.ceil(blocked / 60) } });
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) {
    await clearAttempts(key);
    return;
  }
  const attempt = await countAttempt(key, SIGN_IN_ACCOUNT);
  logger.security("password_confirmation.failed", { userId, attempts: attempt.attempts });
  if (attempt.blockedForSeconds > 0) {
    throw new AppError("RATE_LIMITED", { field, params: { minutes: Math.ceil(attempt.blockedForSeconds / 60) } });
  }
  throw new AppError("INVALID", { field, message: "the typed password is not the account's" });
}
