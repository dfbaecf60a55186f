import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import type { FormAction } from "@/components/ui/use-form-action";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  changePasswordAction: FormAction;
  /** "off": passwords are switched off for the address's domain; "none": the account has no password yet. */
  password: "set" | "none" | "off";
  domain: string;
};

/**
 * The account page's "Change password" section; the other browsers of the account are signed out.
 * An account without a password (made by an organisation's sign-in) is told how to set one: by
 * the emailed link, which proves the address. Where passwords are off for the domain, it says so.
 */
export async function PasswordSection({ changePasswordAction, password, domain }: Props) {
  const t = await getTranslations("account");
  if (password !== "set") {
    return (
      <section aria-labelledby="password-title" className="space-y-4 rounded-lg border border-line bg-surface p-6">
        <h2 id="password-title" className="text-xl font-semibold">
          {t("noPasswordTitle")}
        </h2>
        {password === "off" ? (
          <p className="text-sm text-muted">{t("passwordOffIntro", { domain })}</p>
        ) : (
          <>
            <p className="text-sm text-muted">{t("noPasswordIntro")}</p>
            <Link className="font-medium text-brand-700 underline" href="/forgot-password">
              {t("setPasswordLink")}
            </Link>
          </>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="password-title" className="space-y-4 rounded-lg border border-line bg-surface p-6">
      <h2 id="password-title" className="text-xl font-semibold">
        {t("passwordTitle")}
      </h2>
      <p className="text-sm text-muted">{t("passwordIntro")}</p>
      <ChangePasswordForm
        action={changePasswordAction}
        labels={{
          currentPassword: t("currentPassword"),
          newPassword: t("newPassword"),
          newPasswordHint: t("newPasswordHint", { min: LIMITS.passwordMin }),
          submit: t("changePassword"),
          pending: t("changingPassword"),
        }}
      />
    </section>
  );
}
