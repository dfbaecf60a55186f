import "server-only";
import { logger } from "@/lib/logger";
import { organisationProviders } from "@/lib/organisation-sign-in/organisation-providers";

/**
 * Where to sign out at an organisation's provider too (OpenID Connect RP-initiated logout), coming
 * back to `returnTo`; null when the provider is not configured, offers no sign-out, or cannot be
 * reached. Signing out of the app never waits on this: it is offered as a link afterwards.
 */
export async function providerSignOutUrl(providerId: string, returnTo: string): Promise<string | null> {
  const setting = organisationProviders().find((provider) => provider.id === providerId);
  if (!setting) return null;
  try {
    const response = await fetch(`${setting.issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(3_000), cache: "no-store" });
    if (!response.ok) return null;
    const metadata = (await response.json()) as { end_session_endpoint?: unknown };
    if (typeof metadata.end_session_endpoint !== "string") return null;
    const url = new URL(metadata.end_session_endpoint);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    url.searchParams.set("client_id", setting.clientId);
    url.searchParams.set("post_logout_redirect_uri", returnTo);
    return url.toString();
  } catch (error) {
    logger.warn("organisation_sign_in.sign_out_unavailable", { provider: providerId, reason: error instanceof Error ? error.message.slice(0, 200) : "unknown" });
    return null;
  }
}
