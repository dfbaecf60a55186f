import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { consumeAccountToken } from "@/lib/account-tokens/consume-account-token";
import { logger } from "@/lib/logger";
import { emailChangedMessage } from "@/lib/mail/messages/email-changed";
import { queueEmail } from "@/lib/mail/queue-email";

/**
 * What a verification link did: `verified` the account's address, `changed` the account over to
 * the new address it was sent to, found that address `taken` by another account meanwhile, or
 * `invalid` (unknown, used, expired, or for an address the account no longer has or wants).
 */
export type VerifyEmailResult = { status: "verified" | "changed" | "taken" | "invalid"; email?: string };

/** Uses a verification link (no sign-in needed: holding the link is the proof). */
export async function verifyEmail(token: string): Promise<VerifyEmailResult> {
  try {
    return await db.$transaction(async (tx): Promise<VerifyEmailResult> => {
      const used = await consumeAccountToken(tx, token, "VERIFY_EMAIL");
      if (!used) return { status: "invalid" };
      const user = await tx.user.findUniqueOrThrow({
        where: { id: used.userId },
        select: { id: true, name: true, email: true, locale: true, pendingEmail: true, emailVerifiedAt: true },
      });
      if (used.email === user.email) {
        if (!user.emailVerifiedAt) await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
        logger.info("email.verified", { userId: user.id });
        return { status: "verified", email: user.email };
      }
      if (used.email !== user.pendingEmail) return { status: "invalid" };
      // Someone else may have signed up with this address since the change was asked for.
      if (await tx.user.findUnique({ where: { email: used.email }, select: { id: true } })) {
        await tx.user.update({ where: { id: user.id }, data: { pendingEmail: null } });
        logger.info("email.change_taken", { userId: user.id });
        return { status: "taken", email: used.email };
      }
      await tx.user.update({ where: { id: user.id }, data: { email: used.email, pendingEmail: null, emailVerifiedAt: new Date() } });
      await queueEmail(tx, await emailChangedMessage({ to: user.email, name: user.name, locale: user.locale ?? "en", newEmail: used.email }));
      logger.security("email.changed", { userId: user.id });
      return { status: "changed", email: used.email };
    });
  } catch (error) {
    // Taken in the very moment between the check and the change: the unique index refuses it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "taken" };
    throw error;
  }
}
