import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailSection } from "@/components/account/email-section";
import { PasswordSection } from "@/components/account/password-section";
import { SessionsSection } from "@/components/account/sessions-section";
import { NotificationsSection } from "@/components/notifications/notifications-section";
import { requireUser } from "@/lib/guards";
import { changePasswordAction, signOutEverywhereAction } from "./actions";
import { changeEmailAction, resendVerificationAction } from "./email-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("pageTitle") };
}

/** The signed-in user's account: one section per concern, each a component of its own. */
export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("account");
  return (
    <div className="max-w-3xl space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-semibold">{t("pageTitle")}</h1>
        <p className="mt-2 text-muted">{t("pageIntro")}</p>
      </header>
      <EmailSection userId={user.id} resendVerificationAction={resendVerificationAction} changeEmailAction={changeEmailAction} />
      <PasswordSection changePasswordAction={changePasswordAction} />
      <SessionsSection userId={user.id} signOutEverywhereAction={signOutEverywhereAction} />
      <NotificationsSection />
    </div>
  );
}
