import "server-only";
import { randomBytes } from "node:crypto";
import { hashAccountToken } from "@/lib/account-tokens/hash-account-token";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { email as ZEmail, LIMITS } from "@/lib/validation/fields";

/** What an organisation's provider says about the person signing in (from its ID token). */
export type OrganisationClaims = {
  provider: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
};

export type OrganisationSignInOutcome =
  /** Linked before (or just created): sign in as this account. */
  | { kind: "signIn"; userId: string; created: boolean }
  /** An account has this verified address: its password must be typed once to link them. */
  | { kind: "confirm"; token: string }
  /** Nothing to go on: no usable address, or one the provider has not verified. */
  | { kind: "refused"; reason: "NO_EMAIL" | "UNVERIFIED" };

/** How long the "confirm with your password" step stays open. */
export const PENDING_LINK_SECONDS = 15 * 60;

/**
 * Decides what a successful sign-in at an organisation's provider means here. The provider's
 * lasting id of the person (`sub`) is what links: an address is only used to find or create an
 * account the first time, and only when the provider has verified it. A new address makes a new
 * account (no password; verified, since the provider vouches for it). An address that already has
 * an account is never linked on the provider's word alone: the account's password confirms it
 * once (a pending link, whose token only the browser holds).
 */
export async function resolveOrganisationSignIn(claims: OrganisationClaims): Promise<OrganisationSignInOutcome> {
  const linked = await findLinked(claims);
  if (linked) return linked;

  const parsedEmail = ZEmail.safeParse(claims.email ?? "");
  if (!parsedEmail.success) {
    logger.security("organisation_sign_in.refused", { provider: claims.provider, reason: "no_email" });
    return { kind: "refused", reason: "NO_EMAIL" };
  }
  const email = parsedEmail.data;
  if (!claims.emailVerified) {
    logger.security("organisation_sign_in.refused", { provider: claims.provider, reason: "unverified_email" });
    return { kind: "refused", reason: "UNVERIFIED" };
  }

  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return pendingLink(existing.id, claims, email);

  try {
    const user = await db.user.create({
      data: {
        email,
        name: displayName(claims.name, email),
        passwordHash: null,
        emailVerifiedAt: new Date(),
        profile: { create: {} },
        mission: { create: {} },
        organisationSignIns: { create: { provider: claims.provider, subject: claims.subject, email, lastUsedAt: new Date() } },
      },
      select: { id: true },
    });
    logger.info("organisation_sign_in.account_created", { userId: user.id, provider: claims.provider });
    return { kind: "signIn", userId: user.id, created: true };
  } catch (error) {
    // Someone took the address (or this person signed in twice at once) meanwhile: decide again.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await findLinked(claims);
      if (again) return again;
      const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
      if (taken) return pendingLink(taken.id, claims, email);
    }
    throw error;
  }
}

async function findLinked(claims: OrganisationClaims): Promise<OrganisationSignInOutcome | null> {
  const linked = await db.organisationSignIn.findUnique({
    where: { provider_subject: { provider: claims.provider, subject: claims.subject } },
    select: { id: true, userId: true },
  });
  if (!linked) return null;
  await db.organisationSignIn.update({ where: { id: linked.id }, data: { lastUsedAt: new Date() }, select: { id: true } });
  logger.info("organisation_sign_in.succeeded", { userId: linked.userId, provider: claims.provider });
  return { kind: "signIn", userId: linked.userId, created: false };
}

async function pendingLink(userId: string, claims: OrganisationClaims, email: string): Promise<OrganisationSignInOutcome> {
  const token = randomBytes(32).toString("base64url");
  await db.pendingOrganisationSignIn.create({
    data: {
      userId,
      provider: claims.provider,
      subject: claims.subject,
      email,
      tokenHash: hashAccountToken(token),
      expiresAt: new Date(Date.now() + PENDING_LINK_SECONDS * 1000),
    },
    select: { id: true },
  });
  logger.info("organisation_sign_in.link_pending", { userId, provider: claims.provider });
  return { kind: "confirm", token };
}

/** The provider's name for the person, else the address's local part; as long as a name may be. */
function displayName(name: string | null, email: string): string {
  const cleaned = (name ?? "").replaceAll("\u0000", "").toWellFormed().trim().slice(0, LIMITS.name);
  return cleaned || email.slice(0, email.lastIndexOf("@")).slice(0, LIMITS.name) || email;
}
