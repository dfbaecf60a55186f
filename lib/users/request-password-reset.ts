import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { issueAccountToken } from "@/lib/account-tokens/issue-account-token";
import { appUrl } from "@/lib/http/app-url";
import { logger } from "@/lib/logger";
import { passwordsAllowedFor } from "@/lib/organisation-sign-in/organisation-providers";
import { passwordResetMessage } from "@/lib/mail/messages/password-reset";
import { queueEmail } from "@/lib/mail/queue-email";
import { countAttempt } from "@/lib/rate-limit/rate-limit";
import { RESET_ADDRESS, RESET_EMAIL } from "@/lib/rate-limit/rules";

/**
 * `Send reset link`: the same answer whatever the address, and the same work on the way to it.
 * The message is written either way; only for an existing account is a token recorded and the
 * email queued (and not for an address whose domain signs in without passwords). Too many requests from one client address are refused (that says nothing about
 * any account); too many for one email address quietly send nothing more.
 */
export async function requestPasswordReset(input: { email: string; address: string }, requestHeaders?: Headers): Promise<void> {
  const fromAddress = await countAttempt(`password-reset:address:${input.address}`, RESET_ADDRESS);
  if (fromAddress.blockedForSeconds > 0) {
    logger.security("password_reset.blocked", { address: input.address });
    throw new AppError("RATE_LIMITED", { params: { minutes: Math.ceil(fromAddress.blockedForSeconds / 60) } });
  }
  const forEmail = await countAttempt(`password-reset:email:${input.email}`, RESET_EMAIL);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, locale: true } });
  const send = Boolean(user) && forEmail.blockedForSeconds === 0 && passwordsAllowedFor(input.email);

  await db.$transaction(async (tx) => {
    const token = send && user ? await issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD", email: user.email }) : "unused";
    const message = await passwordResetMessage({
      to: user?.email ?? input.email,
      name: user?.name ?? "",
      locale: user?.locale ?? "en",
      url: appUrl(`/reset-password/${token}`, requestHeaders),
    });
    if (send) await queueEmail(tx, message);
  });
  logger.security("password_reset.requested", { address: input.address, knownAccount: Boolean(user), sent: send });
}
