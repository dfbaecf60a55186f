import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthLinks } from "@/components/layout/auth-links";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { NotificationsLink } from "@/components/notifications/notifications-link";

type Props = {
  signedIn: boolean;
  /** Unread notifications of the signed-in user, beside the `Notifications` link. */
  unreadNotifications?: number;
  actions: { signOut: () => Promise<void>; chooseLanguage: (formData: FormData) => Promise<void> };
};

export async function SiteHeader({ signedIn, unreadNotifications = 0, actions }: Props) {
  const [t, ta] = await Promise.all([getTranslations("common"), getTranslations("account")]);
  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-serif text-xl font-semibold text-brand-700">
          <Logo />
          {t("appName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-wrap items-center gap-1 sm:gap-2">
          {signedIn ? (
            <>
              <Link href="/" className="rounded-md px-3 py-1.5 text-sm font-medium text-ink hover:bg-brand-50">
                {t("myPartnerships")}
              </Link>
              <Link href="/profile" className="rounded-md px-3 py-1.5 text-sm font-medium text-ink hover:bg-brand-50">
                {t("myProfile")}
              </Link>
              <Link href="/account" className="rounded-md px-3 py-1.5 text-sm font-medium text-ink hover:bg-brand-50">
                {ta("navLink")}
              </Link>
              <NotificationsLink unread={unreadNotifications} />
              <SignOutButton label={t("signOut")} action={actions.signOut} />
            </>
          ) : (
            <AuthLinks signInLabel={t("signIn")} signUpLabel={t("signUp")} />
          )}
          <LanguageSwitch action={actions.chooseLanguage} />
        </nav>
      </div>
    </header>
  );
}

function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
      <circle cx="14" cy="14" r="5" fill="currentColor" />
      <circle cx="14" cy="14" r="11" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="3 3" />
      <circle cx="24.5" cy="10" r="2.5" fill="#d48a1a" />
      <circle cx="5" cy="20" r="2.5" fill="#d48a1a" />
    </svg>
  );
}
