import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarFeedSection } from "@/components/account/calendar-feed-section";
import { EmailSection } from "@/components/account/email-section";
import { PasswordSection } from "@/components/account/password-section";
import { SessionsSection } from "@/components/account/sessions-section";
import { SignInMethodsSection } from "@/components/account/sign-in-methods-section";
import { NotificationsSection } from "@/components/notifications/notifications-section";
import { requireUser } from "@/lib/guards";
import { listSignInMethods } from "@/lib/organisation-sign-in/list-sign-in-methods";
import { emailDomain } from "@/lib/organisation-sign-in/passwordless-domain";
import { changePasswordAction, signOutEverywhereAction } from "./actions";
import { createCalendarFeedAction, stopCalendarFeedAction } from "./calendar-feed-actions";
import { changeEmailAction, resendVerificationAction } from "./email-actions";
import { unlinkOrganisationSignInAction } from "./sign-in-method-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("pageTitle") };
}

/** The signed-in user's account: one section per concern, each a component of its own. */
export default async function AccountPage() {
  const user = await requireUser();
  const [t, methods] = await Promise.all([getTranslations("account"), listSignInMethods(user.id)]);
  const password = !methods.passwordsAllowed ? "off" : methods.hasPassword ? "set" : "none";
  return (
    <div className="max-w-3xl space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-semibold">{t("pageTitle")}</h1>
        <p className="mt-2 text-muted">{t("pageIntro")}</p>
      </header>
      <EmailSection userId={user.id} resendVerificationAction={resendVerificationAction} changeEmailAction={changeEmailAction} hasPassword={methods.hasPassword} />
      <SignInMethodsSection email={user.email} methods={methods} unlinkAction={unlinkOrganisationSignInAction} />
      <PasswordSection changePasswordAction={changePasswordAction} password={password} domain={emailDomain(user.email)} />
      <SessionsSection userId={user.id} signOutEverywhereAction={signOutEverywhereAction} />
      <NotificationsSection />
      <CalendarFeedSection userId={user.id} actions={{ create: createCalendarFeedAction, stop: stopCalendarFeedAction }} />
    </div>
  );
}
