import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appUrl } from "@/lib/http/app-url";
import { logger } from "@/lib/logger";
import { emailChangeRequestedMessage } from "@/lib/mail/messages/email-change-requested";
import { queueEmail } from "@/lib/mail/queue-email";
import { verifyPassword } from "@/lib/passwords";
import { countAttempt } from "@/lib/rate-limit/rate-limit";
import { EMAIL_CHANGE } from "@/lib/rate-limit/rules";
import { sendVerificationEmail } from "@/lib/users/send-verification-email";

export type EmailChangeResult = { ok: true } | { ok: false; reason: "WRONG_PASSWORD" | "SAME_EMAIL" };

/**
 * Asks to move the account to `newEmail`: needs the current password. The new address waits in
 * `pendingEmail` and gets a verification link; the account's address changes only when it is
 * used. The current address is told at once.
 */
export async function requestEmailChange(
  userId: string,
  input: { newEmail: string; currentPassword: string },
  requestHeaders?: Headers,
): Promise<EmailChangeResult> {
  const attempt = await countAttempt(`email-change:user:${userId}`, EMAIL_CHANGE);
  if (attempt.blockedForSeconds > 0) throw new AppError("RATE_LIMITED", { params: { minutes: Math.ceil(attempt.blockedForSeconds / 60) } });
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, locale: true, passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    logger.security("email_change.wrong_password", { userId });
    return { ok: false, reason: "WRONG_PASSWORD" };
  }
  if (input.newEmail === user.email) return { ok: false, reason: "SAME_EMAIL" };
  if (await db.user.findUnique({ where: { email: input.newEmail }, select: { id: true } })) {
    throw new AppError("EMAIL_TAKEN", { field: "newEmail" });
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { pendingEmail: input.newEmail } });
    await sendVerificationEmail(tx, user, input.newEmail, { newAddress: true, requestHeaders });
    const resetUrl = appUrl("/forgot-password", requestHeaders);
    await queueEmail(tx, await emailChangeRequestedMessage({ to: user.email, name: user.name, locale: user.locale ?? "en", newEmail: input.newEmail, resetUrl }));
  });
  logger.security("email_change.requested", { userId });
  return { ok: true };
}
