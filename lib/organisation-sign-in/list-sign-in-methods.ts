import "server-only";
import { db } from "@/lib/db";
import { isConfiguredProvider, organisationProviderName, passwordsAllowedFor } from "@/lib/organisation-sign-in/organisation-providers";

/**
 * The ways into an account: its password (when it has one, and its domain allows passwords) and
 * each linked organisation account, whose provider may since have been removed from the
 * configuration (then it no longer counts as a way in).
 */
export async function listSignInMethods(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      passwordHash: true,
      organisationSignIns: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, provider: true, email: true, createdAt: true, lastUsedAt: true } },
    },
  });
  const organisations = user.organisationSignIns.map((link) => ({
    ...link,
    providerName: organisationProviderName(link.provider),
    configured: isConfiguredProvider(link.provider),
  }));
  const passwordsAllowed = passwordsAllowedFor(user.email);
  const hasPassword = user.passwordHash !== null;
  return {
    hasPassword,
    passwordsAllowed,
    organisations,
    waysIn: countWaysIn({ hasPassword, passwordsAllowed, configuredOrganisations: organisations.filter((link) => link.configured).length }),
  };
}

/** How many ways into an account still work. */
export function countWaysIn(methods: { hasPassword: boolean; passwordsAllowed: boolean; configuredOrganisations: number }): number {
  return (methods.hasPassword && methods.passwordsAllowed ? 1 : 0) + methods.configuredOrganisations;
}
