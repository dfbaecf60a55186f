import { getTranslations } from "next-intl/server";
import { ChangeEmailForm } from "@/components/account/change-email-form";
import { ResendVerificationForm } from "@/components/account/resend-verification-form";
import type { FormAction } from "@/components/ui/use-form-action";
import { emailStatus } from "@/lib/users/email-status";

type Props = { userId: string; resendVerificationAction: FormAction; changeEmailAction: FormAction; hasPassword: boolean };

/**
 * The account's email address: whether it is confirmed (`Send the link again` while it is not, or
 * while a new address waits), and `Change email address`, which needs the current password (an
 * account without one is told to set one first).
 */
export async function EmailSection({ userId, resendVerificationAction, changeEmailAction, hasPassword }: Props) {
  const [status, t] = await Promise.all([emailStatus(userId), getTranslations("account")]);
  const waiting = !status.emailVerifiedAt || Boolean(status.pendingEmail);
  return (
    <section aria-labelledby="email-title" className="space-y-4 rounded-lg border border-line bg-surface p-6">
      <h2 id="email-title" className="text-xl font-semibold">
        {t("emailTitle")}
      </h2>
      <p>
        {t("emailCurrent", { email: status.email })}{" "}
        <span className={status.emailVerifiedAt ? "text-ok-700" : "font-medium text-danger-700"}>
          {status.emailVerifiedAt ? t("emailVerified") : t("emailUnverified")}
        </span>
      </p>
      {status.pendingEmail ? <p className="text-sm text-muted">{t("emailPending", { email: status.pendingEmail })}</p> : null}
      {waiting ? <ResendVerificationForm action={resendVerificationAction} labels={{ submit: t("resendLink"), pending: t("resending") }} /> : null}
      {/* The change is confirmed with the current password: an account without one sets it first. */}
      {hasPassword ? (
        <ChangeEmailForm
          action={changeEmailAction}
          labels={{
            open: t("changeEmail"),
            newEmail: t("newEmail"),
            newEmailHint: t("newEmailHint"),
            currentPassword: t("emailCurrentPassword"),
            submit: t("sendConfirmation"),
            pending: t("sendingConfirmation"),
            cancel: t("emailCancel"),
          }}
        />
      ) : (
        <p className="text-sm text-muted">{t("emailNoPassword")}</p>
      )}
    </section>
  );
}
