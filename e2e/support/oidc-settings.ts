/*
 * Where the end-to-end tests' OpenID Connect provider (e2e/support/oidc-provider.ts) listens, what
 * the app is configured with for it, and what it says about the people who sign in there. Kept
 * apart from the provider itself so that the config and the specs do not load it.
 */

export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const OIDC_PORT = Number((process.env.E2E_OIDC_PORT ??= String(process.env.E2E_PORT ? PORT + 20_000 : 4400)));
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
/** A port where nothing listens: a provider configured there cannot be reached. */
export const UNREACHABLE_ISSUER = `http://127.0.0.1:${OIDC_PORT + 1}`;

export const TEST_CLIENT = { clientId: "samenspel-e2e", clientSecret: "e2e-client-secret-of-the-test-provider" };
/** A second client of the same provider, which the app is configured with the wrong secret for. */
export const WRONG_SECRET_CLIENT = { clientId: "samenspel-e2e-wrong", clientSecret: "the-secret-the-provider-knows" };

/** The app's OIDC_PROVIDERS for the tests: a working one, one with a wrong secret, one unreachable. */
export function oidcProvidersSetting() {
  return JSON.stringify([
    { id: "testid", name: "Test ID", issuer: OIDC_ISSUER, ...TEST_CLIENT },
    { id: "wrongsecret", name: "Misconfigured ID", issuer: OIDC_ISSUER, clientId: WRONG_SECRET_CLIENT.clientId, clientSecret: "not-the-secret" },
    { id: "unreachable", name: "Unreachable ID", issuer: UNREACHABLE_ISSUER, clientId: "nobody", clientSecret: "nothing" },
  ]);
}

/**
 * What the provider says about the person with this login: the login is their id there, and
 *   kim@provincie.example                       verified address, name "Kim Provincie"
 *   kim@provincie.example;unverified            the same address, not verified by the provider
 *   kim@provincie.example;name=Kim de Boer      with this name
 */
export function claimsOf(login: string) {
  const [email = "", ...options] = login.split(";").map((part) => part.trim());
  const name = options.find((option) => option.startsWith("name="))?.slice(5);
  const local = email.split("@")[0] ?? "someone";
  return {
    sub: login,
    email,
    email_verified: !options.includes("unverified"),
    name: name ?? `${local.charAt(0).toUpperCase()}${local.slice(1)} Provincie`,
  };
}
