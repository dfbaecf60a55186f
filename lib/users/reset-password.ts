import "server-only";
import { db } from "@/lib/db";
import { consumeAccountToken } from "@/lib/account-tokens/consume-account-token";
import { logger } from "@/lib/logger";
import { hashPassword } from "@/lib/passwords";
import { signInAccountKey } from "@/lib/rate-limit/rules";
import { endSessions } from "@/lib/sessions/end-sessions";

export type ResetPasswordResult = { ok: true; email: string } | { ok: false };

/**
 * Sets a new password through a reset link (used once, here). In one transaction: the password
 * changes, every session of the account ends, a sign-in block on it is lifted, the address
 * counts as verified (the link reached it), and other open reset links stop working.
 */
export async function resetPassword(input: { token: string; password: string }): Promise<ResetPasswordResult> {
  const passwordHash = await hashPassword(input.password);
  const result = await db.$transaction(async (tx) => {
    const token = await consumeAccountToken(tx, input.token, "RESET_PASSWORD");
    if (!token) return null;
    const user = await tx.user.findUniqueOrThrow({ where: { id: token.userId }, select: { id: true, email: true, emailVerifiedAt: true } });
    const provesAddress = token.email === user.email && !user.emailVerifiedAt;
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, ...(provesAddress ? { emailVerifiedAt: new Date() } : {}) },
    });
    await tx.accountToken.updateMany({ where: { userId: user.id, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: new Date() } });
    const ended = await endSessions(tx, user.id);
    await tx.rateLimit.deleteMany({ where: { key: signInAccountKey(user.email) } });
    return { userId: user.id, email: user.email, ended };
  });
  if (!result) {
    logger.security("password_reset.refused_link");
    return { ok: false };
  }
  logger.security("password_reset.done", { userId: result.userId, sessionsEnded: result.ended });
  return { ok: true, email: result.email };
}
