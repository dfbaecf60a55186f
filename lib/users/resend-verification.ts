import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countAttempt } from "@/lib/rate-limit/rate-limit";
import { VERIFY_RESEND } from "@/lib/rate-limit/rules";
import { sendVerificationEmail } from "@/lib/users/send-verification-email";

/**
 * `Send the link again`: a new verification link to the account's address, or to the address it
 * is moving to when a change waits. A few per hour. Returns the address it went to, or null when
 * there is nothing left to verify.
 */
export async function resendVerification(userId: string, requestHeaders?: Headers): Promise<string | null> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, locale: true, emailVerifiedAt: true, pendingEmail: true },
  });
  const to = user.pendingEmail ?? (user.emailVerifiedAt ? null : user.email);
  if (!to) return null;
  const attempt = await countAttempt(`verify-email:user:${user.id}`, VERIFY_RESEND);
  if (attempt.blockedForSeconds > 0) throw new AppError("RATE_LIMITED", { params: { minutes: Math.ceil(attempt.blockedForSeconds / 60) } });
  await db.$transaction((tx) => sendVerificationEmail(tx, user, to, { newAddress: to !== user.email, requestHeaders }));
  return to;
}
