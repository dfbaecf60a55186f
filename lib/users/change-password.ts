import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { hashPassword } from "@/lib/passwords";
import { endSessions } from "@/lib/sessions/end-sessions";
import { confirmPassword } from "@/lib/users/confirm-password";
import type { ChangePasswordInput } from "@/lib/validation/account";

/**
 * Changes the user's password after checking the current one (INVALID on `currentPassword` when
 * it is wrong), and ends every other session of the account: the browser asking (`keepSessionId`)
 * stays signed in. Returns how many other sessions ended.
 */
export async function changePassword(userId: string, input: ChangePasswordInput, { keepSessionId }: { keepSessionId: string | null }) {
  await confirmPassword(userId, input.currentPassword, "currentPassword");
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    return endSessions(tx, userId, { except: keepSessionId });
  });
  logger.info("password.changed", { userId, endedSessions: ended });
  return { endedSessions: ended };
}
