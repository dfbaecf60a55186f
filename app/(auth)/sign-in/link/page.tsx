import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LinkOrganisationForm } from "@/components/auth/link-organisation-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { findPendingLink } from "@/lib/organisation-sign-in/find-pending-link";
import { safeCallbackUrl } from "@/lib/safe-callback-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("linkTitle") };
}

/**
 * "Confirm with your password once": an organisation's sign-in whose verified address already
 * has an account comes here with the token of its pending link (kept on the server). The page
 * shows what will be linked to what; the password links them and signs in.
 */
export default async function LinkOrganisationPage({ searchParams }: PageProps<"/sign-in/link">) {
  const { token, callbackUrl } = await searchParams;
  const t = await getTranslations("auth");
  const pending = typeof token === "string" ? await findPendingLink(token) : null;
  if (!pending || typeof token !== "string") {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="font-serif text-3xl font-semibold">{t("linkInvalidTitle")}</h1>
        <p className="mt-2 text-muted">{t("linkInvalid")}</p>
        <p className="mt-4">
          <Link className="font-medium text-brand-700 underline" href="/sign-in">
            {t("backToSignIn")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("linkTitle")}</h1>
      <p className="mt-2 text-muted">{t("linkIntro", { provider: pending.providerName })}</p>
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-line bg-surface p-4 text-sm">
        <dt className="font-medium">{t("linkProviderAccount", { provider: pending.providerName })}</dt>
        <dd className="break-all">{pending.email}</dd>
        <dt className="font-medium">{t("linkExistingAccount")}</dt>
        <dd className="break-all">{pending.accountEmail}</dd>
      </dl>
      <div className="mt-6 rounded-lg border border-line bg-surface p-6 shadow-sm">
        <ClientMessages namespaces={["auth", "validation"]}>
          <LinkOrganisationForm token={token} callbackUrl={safeCallbackUrl(callbackUrl)} />
        </ClientMessages>
      </div>
    </div>
  );
}
