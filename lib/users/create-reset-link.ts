import "server-only";
import { db } from "@/lib/db";
import { issueAccountToken } from "@/lib/account-tokens/issue-account-token";
import { appUrl } from "@/lib/http/app-url";
import { logger } from "@/lib/logger";

/**
 * For an operator helping a locked-out user without mail: a single-use reset link (valid one
 * hour) for the account with this address, or null when there is none.
 */
export async function createResetLink(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
  if (!user) return null;
  const token = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD", email: user.email }));
  logger.security("password_reset.link_by_operator", { userId: user.id });
  return appUrl(`/reset-password/${token}`);
}
