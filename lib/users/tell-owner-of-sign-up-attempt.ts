import "server-only";
import { db } from "@/lib/db";
import { issueAccountToken } from "@/lib/account-tokens/issue-account-token";
import { appUrl } from "@/lib/http/app-url";
import { logger } from "@/lib/logger";
import { accountExistsMessage } from "@/lib/mail/messages/account-exists";
import { queueEmail } from "@/lib/mail/queue-email";
import { countAttempt } from "@/lib/rate-limit/rate-limit";
import { ACCOUNT_EXISTS_EMAIL } from "@/lib/rate-limit/rules";

/**
 * Someone tried to sign up with an address that has an account: its owner gets an email saying
 * so, with a link to choose a new password (in case it was them). A few per hour at most.
 */
export async function tellOwnerOfSignUpAttempt(email: string, requestHeaders?: Headers) {
  const owner = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true } });
  if (!owner) return;
  const attempt = await countAttempt(`account-exists:email:${owner.email}`, ACCOUNT_EXISTS_EMAIL);
  if (attempt.blockedForSeconds > 0) return;
  await db.$transaction(async (tx) => {
    const token = await issueAccountToken(tx, { userId: owner.id, purpose: "RESET_PASSWORD", email: owner.email });
    const resetUrl = appUrl(`/reset-password/${token}`, requestHeaders);
    await queueEmail(tx, await accountExistsMessage({ to: owner.email, name: owner.name, locale: owner.locale ?? "en", resetUrl }));
  });
  logger.security("sign_up.existing_address", { userId: owner.id });
}
