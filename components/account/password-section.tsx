import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import type { FormAction } from "@/components/ui/use-form-action";
import { LIMITS } from "@/lib/validation/limits";

/** The account page's "Change password" section; the other browsers of the account are signed out. */
export async function PasswordSection({ changePasswordAction }: { changePasswordAction: FormAction }) {
  const t = await getTranslations("account");
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
