import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganisationSignIn } from "@/components/auth/organisation-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignInNotice } from "@/components/auth/sign-in-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { currentUser } from "@/lib/guards";
import { appUrl } from "@/lib/http/app-url";
import { organisationProviderButtons } from "@/lib/organisation-sign-in/organisation-providers";
import { providerSignOutUrl } from "@/lib/organisation-sign-in/provider-sign-out-url";
import { safeCallbackUrl } from "@/lib/safe-callback-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl);
  // Checked against the database: a session that outlived its account must not loop back here.
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const providers = organisationProviderButtons();
  // Just signed out of the app after signing in through a provider: offer its sign-out too.
  const signedOutOf = providers.find((provider) => provider.id === query.signedOutOf);
  const providerSignOut = signedOutOf ? await providerSignOutUrl(signedOutOf.id, appUrl("/sign-in", await headers())) : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("signInTitle")}</h1>
      <p className="mt-2 text-muted">{t("signInIntro")}</p>
      {query.passwordReset === "1" ? (
        <p role="status" className="mt-4 rounded-md border border-ok-700/20 bg-ok-50 px-4 py-3 text-sm font-medium text-ok-700">
          {t("passwordResetDone")}
        </p>
      ) : null}
      {signedOutOf ? (
        <p role="status" className="mt-4 rounded-md border border-line bg-surface px-4 py-3 text-sm">
          {t("signedOutOf", { name: signedOutOf.name })}{" "}
          {providerSignOut ? (
            <a className="font-medium text-brand-700 underline" href={providerSignOut}>
              {t("signOutOf", { name: signedOutOf.name })}
            </a>
          ) : null}
        </p>
      ) : null}
      <SignInNotice error={query.error} />
      <div className="mt-6 space-y-5 rounded-lg border border-line bg-surface p-6 shadow-sm">
        <ClientMessages namespaces={["auth", "validation"]}>
          <OrganisationSignIn providers={providers} callbackUrl={callbackUrl} />
          <SignInForm callbackUrl={callbackUrl} />
        </ClientMessages>
        <p className="mt-4 text-sm">
          <Link className="font-medium text-brand-700 underline" href="/forgot-password">
            {t("forgotLink")}
          </Link>
        </p>
      </div>
      <p className="mt-4 text-sm text-muted">
        {t("noAccount")}{" "}
        <Link className="font-medium text-brand-700 underline" href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          {t("signUpLink")}
        </Link>
      </p>
    </div>
  );
}
