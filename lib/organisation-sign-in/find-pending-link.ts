import "server-only";
import { hashAccountToken } from "@/lib/account-tokens/hash-account-token";
import { db } from "@/lib/db";
import { organisationProviderName } from "@/lib/organisation-sign-in/organisation-providers";

/** Tokens are base64url of 32 bytes; anything else cannot be one and is not looked up. */
export const PENDING_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * A link waiting for its password, if the token names one that is unused and unexpired: which
 * provider and address will be linked to which account. Only its holder (the browser that came
 * back from the provider) knows the token.
 */
export async function findPendingLink(token: string) {
  if (!PENDING_TOKEN_SHAPE.test(token)) return null;
  const pending = await db.pendingOrganisationSignIn.findFirst({
    where: { tokenHash: hashAccountToken(token), usedAt: null, expiresAt: { gt: new Date() } },
    select: { provider: true, email: true, user: { select: { email: true, name: true } } },
  });
  if (!pending) return null;
  return { provider: pending.provider, providerName: organisationProviderName(pending.provider), email: pending.email, accountEmail: pending.user.email };
}
