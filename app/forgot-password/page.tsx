import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("forgotTitle") };
}

/** Asks for a reset link; open to everyone (a signed-in user may have forgotten it too). */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("forgotTitle")}</h1>
      <p className="mt-2 text-muted">{t("forgotIntro")}</p>
      <div className="mt-6 rounded-lg border border-line bg-surface p-6 shadow-sm">
        <ClientMessages namespaces={["auth"]}>
          <ForgotPasswordForm action={requestPasswordResetAction} />
        </ClientMessages>
      </div>
      <p className="mt-4 text-sm text-muted">
        <Link className="font-medium text-brand-700 underline" href="/sign-in">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
