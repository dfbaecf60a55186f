import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OrganisationSignIn } from "@/components/auth/organisation-sign-in";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { currentUser } from "@/lib/guards";
import { organisationProviderButtons } from "@/lib/organisation-sign-in/organisation-providers";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: PageProps<"/sign-up">) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  // Checked against the database: a session that outlived its account must not loop back here.
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{t("signUpTitle")}</h1>
      <p className="mt-2 text-muted">{t("signUpIntro")}</p>
      <div className="mt-6 space-y-5 rounded-lg border border-line bg-surface p-6 shadow-sm">
        <ClientMessages namespaces={["auth"]}>
          <OrganisationSignIn providers={organisationProviderButtons()} callbackUrl={callbackUrl} />
          <SignUpForm action={signUpAction} callbackUrl={callbackUrl} />
        </ClientMessages>
      </div>
      <p className="mt-4 text-sm text-muted">
        {t("haveAccount")}{" "}
        <Link className="font-medium text-brand-700 underline" href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
