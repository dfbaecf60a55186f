import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { buttonClass } from "@/components/ui/button";
import type { FormAction } from "@/components/ui/use-form-action";

/**
 * The signed-in user's data rights: `Download my data` (a JSON file) and `Delete my account`.
 * It acts for whoever is signed in.
 */
export async function DataRights({ deleteAction, hasPassword }: { deleteAction: FormAction; hasPassword: boolean }) {
  const t = await getTranslations("account");
  return (
    <section aria-labelledby="data-rights-title" className="space-y-6 rounded-lg border border-line bg-surface p-6">
      <h2 id="data-rights-title" className="text-xl font-semibold">
        {t("dataRights")}
      </h2>
      <div className="space-y-2">
        <p className="text-sm text-muted">{t("downloadHint")}</p>
        <a href="/api/me/export" download className={buttonClass("secondary")}>
          <span aria-hidden="true">↓</span> {t("download")}
        </a>
      </div>
      <div className="space-y-2 border-t border-line pt-6">
        <p className="text-sm text-muted">{t("deleteHint")}</p>
        <DeleteAccountForm
          action={deleteAction}
          withEmail={!hasPassword}
          labels={{
            confirmEmail: t("confirmEmail"),
            delete: t("delete"),
            confirmPassword: t("confirmPassword"),
            confirmHint: t("confirmHint"),
            confirmDelete: t("confirmDelete"),
            cancel: t("cancel"),
            deleting: t("deleting"),
          }}
        />
      </div>
    </section>
  );
}
