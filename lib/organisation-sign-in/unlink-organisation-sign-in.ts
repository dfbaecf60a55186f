import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { countWaysIn } from "@/lib/organisation-sign-in/list-sign-in-methods";
import { isConfiguredProvider, passwordsAllowedFor } from "@/lib/organisation-sign-in/organisation-providers";

/**
 * Unlinks one of the user's organisation accounts, as long as another way in remains (a password
 * the account's domain allows, or another linked account of a configured provider): else
 * LAST_SIGN_IN_METHOD. Someone else's link is NOT_FOUND. The user's row is locked meanwhile, so
 * that two unlinks at once cannot leave the account with no way in.
 */
export async function unlinkOrganisationSignIn(userId: string, organisationSignInId: string) {
  const provider = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, passwordHash: true, organisationSignIns: { select: { id: true, provider: true } } },
    });
    const target = user?.organisationSignIns.find((link) => link.id === organisationSignInId);
    if (!user || !target) throw new AppError("NOT_FOUND", { message: `no organisation sign-in ${organisationSignInId} of user ${userId}` });
    const remaining = countWaysIn({
      hasPassword: user.passwordHash !== null,
      passwordsAllowed: passwordsAllowedFor(user.email),
      configuredOrganisations: user.organisationSignIns.filter((link) => link.id !== target.id && isConfiguredProvider(link.provider)).length,
    });
    if (remaining === 0) throw new AppError("LAST_SIGN_IN_METHOD");
    await tx.organisationSignIn.delete({ where: { id: target.id } });
    return target.provider;
  });
  logger.security("organisation_sign_in.unlinked", { userId, provider });
  return { provider };
}
