import "server-only";
import { cache } from "react";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { settleSignInLocale } from "@/lib/i18n/settle-sign-in-locale";
import { logger } from "@/lib/logger";
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
  }
}

declare module "next-auth/jwt" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface JWT {
    locale?: string | null;
    /** The UserSession row that must stay live for this cookie to count (lib/guards.ts). */
    sid?: string;
  }
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    // Behind https the session cookie is Secure (and named __Secure-…), also when the app is
    // started without NEXTAUTH_URL.
    useSecureCookies: (env().APP_URL ?? process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    pages: { signIn: "/sign-in" },
    // next-auth's own logs go through ours: structured, and NEXTAUTH_URL's absence is no warning
    // here (links are built from APP_URL or the request).
    logger: {
      error: (code) => logger.error("next_auth.error", { code }),
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
    ],
    callbacks: {
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
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.locale = "locale" in user && isLocale(user.locale) ? user.locale : null;
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
        return session;
      },
    },
  };
}

/**
 * The session cookie of this request, if any, decoded but not checked against the database: ask
 * lib/guards.ts (currentUser) or lib/http/route-user.ts who is signed in.
 */
export const auth = cache(() => getServerSession(authOptions()));
