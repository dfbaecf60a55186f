import "server-only";
import { cache } from "react";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { settleSignInLocale } from "@/lib/i18n/settle-sign-in-locale";
import { pendingCallbackPath } from "@/lib/http/pending-callback-path";
import { logger } from "@/lib/logger";
import { confirmOrganisationLink } from "@/lib/organisation-sign-in/confirm-organisation-link";
import { nextAuthProvider, organisationClaims, type OrganisationProfile } from "@/lib/organisation-sign-in/next-auth-providers";
import { organisationProviders } from "@/lib/organisation-sign-in/organisation-providers";
import { resolveOrganisationSignIn } from "@/lib/organisation-sign-in/resolve-organisation-sign-in";
import { userOfOrganisationSignIn } from "@/lib/organisation-sign-in/user-of-organisation-sign-in";
import { clientAddress } from "@/lib/request-meta";
import { SESSION_SECONDS } from "@/lib/sessions/session-lifetime";
import { startSession } from "@/lib/sessions/start-session";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";

declare module "next-auth" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface Session {
    user: { id: string; name: string; email: string; locale: string | null };
    /** The UserSession this cookie names (null for a cookie from before sessions were kept). */
    sessionId: string | null;
    /** The organisation's provider this browser signed in through, if any. */
    provider: string | null;
  }
}

declare module "next-auth/jwt" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface JWT {
    locale?: string | null;
    /** The UserSession row that must stay live for this cookie to count (lib/guards.ts). */
    sid?: string;
    /** The organisation's provider this browser signed in through, if any (for its sign-out). */
    provider?: string;
  }
}

export function authOptions(): NextAuthOptions {
  // next-auth builds its own links (an organisation's callback URL, error pages) from NEXTAUTH_URL
  // alone; the launcher sets it from APP_URL, and so does this for a server started another way.
  const appUrl = env().APP_URL;
  if (appUrl && !process.env.NEXTAUTH_URL) process.env.NEXTAUTH_URL = appUrl;
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    // Behind https the session cookie is Secure (and named __Secure-…), also when the app is
    // started without NEXTAUTH_URL.
    useSecureCookies: (appUrl ?? process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    // Errors of an organisation's sign-in (an unreachable provider, a refused client) come back
    // to the sign-in page, which explains them (?error=…).
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // next-auth's own logs go through ours: structured, and NEXTAUTH_URL's absence is no warning
    // here (links are built from APP_URL or the request).
    logger: {
      error: (code, metadata) => logger.error("next_auth.error", { code, ...errorDetails(metadata) }),
      warn: (code) => logger.debug("next_auth.warning", { code }),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const user = await signInWithPassword({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            address: clientAddress(new Headers(request.headers as Record<string, string>)),
          });
          return { id: user.id, name: user.name, email: user.email, locale: await settleSignInLocale(user) };
        },
      }),
      // "Confirm with your password once" (/sign-in/link): links the organisation's account
      // waiting under the token to the account whose password is typed, and signs in.
      CredentialsProvider({
        id: "link",
        credentials: { token: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const user = await confirmOrganisationLink({
            token: credentials?.token ?? "",
            password: credentials?.password ?? "",
            address: clientAddress(new Headers(request.headers as Record<string, string>)),
          });
          return { id: user.id, name: user.name, email: user.email, locale: await settleSignInLocale(user), provider: user.provider };
        },
      }),
      ...organisationProviders().map(nextAuthProvider),
    ],
    callbacks: {
      // An organisation's sign-in: signs in to the linked account, or creates one, or asks for
      // the password of the account with that address (a pending link), or is refused.
      async signIn({ account, profile }) {
        if (account?.type !== "oauth") return true;
        const outcome = await resolveOrganisationSignIn(organisationClaims(account.provider, profile as OrganisationProfile | undefined, account.providerAccountId));
        if (outcome.kind === "signIn") return true;
        if (outcome.kind === "confirm") return `/sign-in/link?token=${outcome.token}&callbackUrl=${encodeURIComponent(await pendingCallbackPath())}`;
        return `/sign-in?error=${outcome.reason === "UNVERIFIED" ? "OrganisationEmailUnverified" : "OrganisationEmailMissing"}`;
      },
      // As next-auth's own, but a callback URL that does not parse sends home instead of failing.
      redirect({ url, baseUrl }) {
        if (url.startsWith("/")) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === baseUrl) return url;
        } catch {
          // not a URL: home
        }
        return baseUrl;
      },
      // On sign-in (`user` present) the browser's session is recorded on the server; the cookie
      // names it, and counts only while that row is live (signing out ends it everywhere).
      async jwt({ token, user, account }) {
        if (user && account?.type === "oauth") {
          // The signIn callback has linked (or created) the account: the cookie names ours, not
          // the provider's id of the person.
          const linked = await userOfOrganisationSignIn(account.provider, account.providerAccountId);
          token.sub = linked.id;
          token.name = linked.name;
          token.email = linked.email;
          token.locale = await settleSignInLocale(linked);
          token.provider = account.provider;
          token.sid = await startSession(linked.id);
        } else if (user) {
          token.sub = user.id;
          token.locale = "locale" in user && isLocale(user.locale) ? user.locale : null;
          // Linked just now (/sign-in/link): signed in at the provider too.
          if ("provider" in user && typeof user.provider === "string") token.provider = user.provider;
          token.sid = await startSession(user.id);
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.sub ?? "",
          name: token.name ?? "",
          email: token.email ?? "",
          locale: token.locale ?? null,
        };
        session.sessionId = token.sid ?? null;
        session.provider = token.provider ?? null;
        return session;
      },
    },
  };
}

/** What a log line may say of an error next-auth reports: its provider and message, no tokens. */
function errorDetails(metadata: unknown): Record<string, string> {
  if (!metadata || typeof metadata !== "object") return {};
  const details: Record<string, string> = {};
  if ("providerId" in metadata && typeof metadata.providerId === "string") details.provider = metadata.providerId;
  const error = "error" in metadata ? metadata.error : metadata;
  if (error instanceof Error) details.reason = error.message.slice(0, 300);
  return details;
}

/**
 * The session cookie of this request, if any, decoded but not checked against the database: ask
 * lib/guards.ts (currentUser) or lib/http/route-user.ts who is signed in.
 */
export const auth = cache(() => getServerSession(authOptions()));
