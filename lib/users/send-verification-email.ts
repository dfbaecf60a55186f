import "server-only";
import type { Tx } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import { issueAccountToken } from "@/lib/account-tokens/issue-account-token";
import { appUrl } from "@/lib/http/app-url";
import { verifyEmailMessage } from "@/lib/mail/messages/verify-email";
import { queueEmail } from "@/lib/mail/queue-email";

/**
 * Issues a verification link for `email` (the account's address, or the new one it is moving
 * to) and queues it there, in the caller's transaction.
 */
export async function sendVerificationEmail(
  tx: Tx,
  user: { id: string; name: string; locale: Locale | null },
  email: string,
  { newAddress = false, requestHeaders }: { newAddress?: boolean; requestHeaders?: Headers } = {},
) {
  const token = await issueAccountToken(tx, { userId: user.id, purpose: "VERIFY_EMAIL", email });
  const url = appUrl(`/verify-email/${token}`, requestHeaders);
  await queueEmail(tx, await verifyEmailMessage({ to: email, name: user.name, locale: user.locale ?? "en", url, newAddress }));
}
