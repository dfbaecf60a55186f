import { getFormatter, getTranslations } from "next-intl/server";
import { UnlinkOrganisationForm } from "@/components/account/unlink-organisation-form";
import type { FormAction } from "@/components/ui/use-form-action";
import type { listSignInMethods } from "@/lib/organisation-sign-in/list-sign-in-methods";
import { emailDomain } from "@/lib/organisation-sign-in/passwordless-domain";

type Props = { email: string; methods: Awaited<ReturnType<typeof listSignInMethods>>; unlinkAction: FormAction };

/**
 * `Sign-in methods`: the password (set, not set, or switched off for the address's domain) and
 * each linked organisation account with `Unlink <provider>`, refused while it is the last way in.
 */
export async function SignInMethodsSection({ email, methods, unlinkAction }: Props) {
  const [t, format] = await Promise.all([getTranslations("account"), getFormatter()]);
  const passwordState = !methods.passwordsAllowed
    ? t("methodPasswordOff", { domain: emailDomain(email) })
    : methods.hasPassword
      ? null
      : t("methodPasswordNone");
  return (
    <section aria-labelledby="methods-title" className="space-y-4 rounded-lg border border-line bg-surface p-6">
      <h2 id="methods-title" className="text-xl font-semibold">
        {t("methodsTitle")}
      </h2>
      <p className="text-sm text-muted">{t("methodsIntro")}</p>
      <UnlinkOrganisationForm
        action={unlinkAction}
        password={{ label: t("methodPassword"), note: passwordState }}
        organisations={methods.organisations.map((link) => ({
          id: link.id,
          label: t("methodOrganisation", { provider: link.providerName }),
          detail: t("methodOrganisationEmail", { email: link.email, date: format.dateTime(link.createdAt, { dateStyle: "medium" }) }),
          note: link.configured ? null : t("methodUnavailable"),
          unlink: t("unlink", { provider: link.providerName }),
        }))}
      />
    </section>
  );
}
