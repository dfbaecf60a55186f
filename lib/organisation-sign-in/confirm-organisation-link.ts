import "server-only";
import { hashAccountToken } from "@/lib/account-tokens/hash-account-token";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { PENDING_TOKEN_SHAPE } from "@/lib/organisation-sign-in/find-pending-link";
import { SignInRefused, signInWithPassword } from "@/lib/users/sign-in-with-password";

/**
 * "Confirm with your password once": checks the account's password as a sign-in would (same
 * counters, same slowing down), then links the organisation's account to it and uses the pending
 * link up. Returns the account to sign in as, and the provider it came through. A link that is unknown, used or expired is refused
 * with LINK_EXPIRED; a wrong password with INVALID_CREDENTIALS, and the link stays open until it
 * expires.
 */
export async function confirmOrganisationLink(
  input: { token: string; password: string; address: string },
  options: { pause?: (ms: number) => Promise<unknown> } = {},
) {
  if (!PENDING_TOKEN_SHAPE.test(input.token)) throw new SignInRefused("LINK_EXPIRED");
  const tokenHash = hashAccountToken(input.token);
  const pending = await db.pendingOrganisationSignIn.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, userId: true, provider: true, subject: true, email: true, user: { select: { email: true } } },
  });
  if (!pending) throw new SignInRefused("LINK_EXPIRED");

  // Typing the password is the proof, also for an address whose domain otherwise signs in only
  // through its organisation: this is how an account from before that rule is moved over.
  const user = await signInWithPassword({ email: pending.user.email, password: input.password, address: input.address }, { ...options, linking: true });
  if (user.id !== pending.userId) throw new SignInRefused("LINK_EXPIRED");

  try {
    const linked = await db.$transaction(async (tx) => {
      // Used once: of two confirmations at the same moment, one links.
      const { count } = await tx.pendingOrganisationSignIn.updateMany({
        where: { id: pending.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (count === 0) return false;
      await tx.organisationSignIn.create({
        data: { userId: pending.userId, provider: pending.provider, subject: pending.subject, email: pending.email, lastUsedAt: new Date() },
        select: { id: true },
      });
      return true;
    });
    if (!linked) throw new SignInRefused("LINK_EXPIRED");
  } catch (error) {
    // That account at the provider was linked meanwhile (to this account or another).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new SignInRefused("LINK_EXPIRED");
    throw error;
  }
  logger.security("organisation_sign_in.linked", { userId: pending.userId, provider: pending.provider });
  return { ...user, provider: pending.provider };
}
