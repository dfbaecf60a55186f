import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { confirmPassword } from "@/lib/users/confirm-password";

export type OwnerConfirmation = { password?: string; confirmEmail?: string };

/**
 * Confirms a step only the account's owner may take (deleting the account): with the account's
 * password (as confirmPassword, INVALID on `password`), or, for an account that has none because
 * it signs in through its organisation, by typing its email address (INVALID on `confirmEmail`).
 * The session already proves who is signed in; this guards against a slip and a browser left open.
 */
export async function confirmAccountOwner(userId: string, confirmation: OwnerConfirmation): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", { message: `user ${userId} does not exist` });
  if (user.passwordHash) return confirmPassword(userId, confirmation.password ?? "", "password");
  if ((confirmation.confirmEmail ?? "").trim().toLowerCase() === user.email) return;
  logger.security("owner_confirmation.failed", { userId });
  throw new AppError("INVALID", { field: "confirmEmail", message: "the typed address is not the account's" });
}
