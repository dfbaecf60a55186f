import type { Metadata } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { AudienceNotices } from "@/components/audience/audience-notices";
import { SiteHeader } from "@/components/layout/site-header";
import { currentUser } from "@/lib/guards";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { clientMessages } from "@/lib/i18n/messages";
import { dismissAudienceNoticesAction } from "./actions/audience";
import { chooseLanguage } from "./actions/locale";
import { signOutAction } from "./actions/sign-out";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: it depends on who is asking and carries a CSP nonce.
  await connection();
  const [locale, messages, user, t] = await Promise.all([getLocale(), getMessages(), currentUser(), getTranslations("common")]);
  // One count per request, for the header's Notifications link.
  const unreadNotifications = user ? await countUnreadNotifications(user.id) : 0;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={clientMessages(messages)}>
          <SiteHeader signedIn={Boolean(user)} unreadNotifications={unreadNotifications} actions={{ signOut: signOutAction, chooseLanguage }} />
          {user ? <AudienceNotices userId={user.id} dismiss={dismissAudienceNoticesAction} /> : null}
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="no-print border-t border-line py-6 text-center text-sm text-muted">{t("footer")}</footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
