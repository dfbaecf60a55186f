import "server-only";
import { cache } from "react";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { settleSignInLocale } from "@/lib/i18n/settle-sign-in-locale";
import { logger } from "@/lib/logger";
import { clientAddress } from "@/lib/request-meta";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";

declare module "next-auth" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface Session {
    user: { id: string; name: string; email: string; locale: string | null };
  }
}

declare module "next-auth/jwt" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface JWT {
    locale?: string | null;
  }
}

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: THIRTY_DAYS },
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
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.locale = "locale" in user && isLocale(user.locale) ? user.locale : null;
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
        return session;
      },
    },
  };
}

/** The signed-in session of this request, if any (not yet checked against the database). */
export const auth = cache(() => getServerSession(authOptions()));
