import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { OidcProviderSetting } from "@/lib/env";
import type { OrganisationClaims } from "@/lib/organisation-sign-in/resolve-organisation-sign-in";

/** The ID token's claims the app reads; providers send many more. */
export type OrganisationProfile = {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  /** Microsoft Entra ID's optional claim: the email's domain is verified by the tenant. */
  xms_edov?: unknown;
  name?: unknown;
  preferred_username?: unknown;
};

/**
 * next-auth's own OpenID Connect client for one configured provider: discovery from the issuer,
 * the ID token checked (signature, issuer, audience), PKCE and state. The provider's `sub` is the
 * account's id there; what it means here is decided in the signIn callback (lib/auth.ts).
 */
export function nextAuthProvider(setting: OidcProviderSetting): OAuthConfig<OrganisationProfile> {
  return {
    id: setting.id,
    name: setting.name,
    type: "oauth",
    wellKnown: `${setting.issuer}/.well-known/openid-configuration`,
    issuer: setting.issuer,
    clientId: setting.clientId,
    clientSecret: setting.clientSecret,
    idToken: true,
    checks: ["pkce", "state"],
    authorization: { params: { scope: "openid email profile" } },
    // An unreachable issuer fails the sign-in within seconds instead of hanging the request.
    httpOptions: { timeout: 5_000 },
    profile(profile) {
      return { id: profile.sub, name: typeof profile.name === "string" ? profile.name : null, email: typeof profile.email === "string" ? profile.email : null };
    },
  };
}

/** What the app takes from a provider's profile. An address counts as verified only when the provider says so. */
export function organisationClaims(provider: string, profile: OrganisationProfile | undefined, subject: string): OrganisationClaims {
  const yes = (value: unknown) => value === true || value === "true";
  return {
    provider,
    subject,
    email: typeof profile?.email === "string" ? profile.email : null,
    emailVerified: yes(profile?.email_verified) || yes(profile?.xms_edov),
    name: typeof profile?.name === "string" ? profile.name : null,
  };
}
