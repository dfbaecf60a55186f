import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { isAccountTokenUsable } from "@/lib/account-tokens/is-account-token-usable";
import { resetPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

/** The emailed link: a form for the new password while the link works, else how to get a new one. */
export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  const t = await getTranslations("auth");
  const usable = await isAccountTokenUsable(token, "RESET_PASSWORD");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{usable ? t("resetTitle") : t("resetLinkInvalidTitle")}</h1>
      {usable ? (
        <>
          <p className="mt-2 text-muted">{t("resetIntro")}</p>
          <div className="mt-6 rounded-lg border border-line bg-surface p-6 shadow-sm">
            <ClientMessages namespaces={["auth"]}>
          <ResetPasswordForm action={resetPasswordAction} token={token} />
        </ClientMessages>
          </div>
        </>
      ) : (
        <>
          <p className="mt-2 text-muted">{t("resetLinkInvalid")}</p>
          <p className="mt-4">
            <Link className="font-medium text-brand-700 underline" href="/forgot-password">
              {t("askNewLink")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
