import "server-only";
import { env, ignoredProviderSettings, type OidcProviderSetting } from "@/lib/env";
import { logger } from "@/lib/logger";
import { isPasswordlessEmail } from "@/lib/organisation-sign-in/passwordless-domain";

/** The organisations' OpenID Connect providers the operator configured (OIDC_PROVIDERS), in order. */
export function organisationProviders(): OidcProviderSetting[] {
  const providers = env().OIDC_PROVIDERS;
  if (!warned && ignoredProviderSettings().length > 0) {
    warned = true;
    logger.error("config.oidc_providers_ignored", { problems: ignoredProviderSettings().join("; ") });
  }
  return providers;
}

let warned = false;

/** What the pages may show of the providers: never their secrets. */
export function organisationProviderButtons(): { id: string; name: string }[] {
  return organisationProviders().map(({ id, name }) => ({ id, name }));
}

/** The display name of a provider, or its id when it is no longer configured. */
export function organisationProviderName(id: string): string {
  return organisationProviders().find((provider) => provider.id === id)?.name ?? id;
}

export function isConfiguredProvider(id: string): boolean {
  return organisationProviders().some((provider) => provider.id === id);
}

/** Whether this address may sign in with a password (PASSWORDLESS_DOMAINS). */
export function passwordsAllowedFor(email: string): boolean {
  return !isPasswordlessEmail(email, env().PASSWORDLESS_DOMAINS);
}
