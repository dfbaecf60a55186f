import Provider, { type KoaContextWithOIDC } from "oidc-provider";
import { claimsOf, OIDC_PORT, PORT, TEST_CLIENT, WRONG_SECRET_CLIENT } from "./oidc-settings";

/*
 * A real OpenID Connect provider (the certified `oidc-provider`) on 127.0.0.1 for the end-to-end
 * tests: the app under test signs in through it with next-auth's own client. Its people are
 * made up on the spot: the login typed on its sign-in form is the person's id there, and says
 * what the provider tells the app about them:
 *
 *   kim@provincie.example                       verified address, name "Kim Provincie"
 *   kim@provincie.example;unverified            the same address, not verified by the provider
 *   kim@provincie.example;name=Kim de Boer      with this name
 *
 * Any password is accepted there (see claimsOf in ./oidc-settings.ts).
 */

export async function startOidcProvider(appBaseUrl: string, port = OIDC_PORT) {
  const redirectUris = ["testid", "wrongsecret"].map((id) => `${appBaseUrl}/api/auth/callback/${id}`);
  const provider = new Provider(`http://127.0.0.1:${port}`, {
    clients: [
      { client_id: TEST_CLIENT.clientId, client_secret: TEST_CLIENT.clientSecret, redirect_uris: redirectUris, post_logout_redirect_uris: [`${appBaseUrl}/sign-in`] },
      { client_id: WRONG_SECRET_CLIENT.clientId, client_secret: WRONG_SECRET_CLIENT.clientSecret, redirect_uris: redirectUris },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The address and name in the ID token itself, as Keycloak and Entra ID (with optional claims) send them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_ctx: KoaContextWithOIDC, id: string) {
      return { accountId: id, claims: async () => claimsOf(id) };
    },
    // Consent is taken as given: the test signs in and comes straight back.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  // The dev interactions warn once on start; the tests know.
  provider.on("server_error", (_ctx, error: Error) => console.error("[oidc-provider]", error.message));
  const server = provider.listen(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  return { issuer: `http://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Playwright's global setup: the provider runs for the whole test run; the returned function stops it. */
export default async function globalSetup() {
  const appBaseUrl = `http://127.0.0.1:${PORT}`;
  const oidc = await startOidcProvider(appBaseUrl);
  return async () => {
    await oidc.stop();
  };
}
