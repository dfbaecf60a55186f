import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/guards";
import { verifyEmail } from "@/lib/users/verify-email";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("verifyTitle") };
}

/** The emailed confirmation link: holding it is the proof, so it works signed out too. */
export default async function VerifyEmailPage({ params }: PageProps<"/verify-email/[token]">) {
  const { token } = await params;
  const t = await getTranslations("auth");
  const result = await verifyEmail(token);
  const signedIn = Boolean(await currentUser());
  const title = { verified: t("verifiedTitle"), changed: t("changedTitle"), taken: t("takenTitle"), invalid: t("resetLinkInvalidTitle") }[result.status];
  const email = result.email ?? "";
  const text = { verified: t("verified", { email }), changed: t("changed", { email }), taken: t("taken"), invalid: t("verifyInvalid") }[result.status];
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      <p className="mt-2 text-muted" role={result.status === "invalid" || result.status === "taken" ? undefined : "status"}>
        {text}
      </p>
      <p className="mt-4">
        <Link className="font-medium text-brand-700 underline" href={signedIn ? "/account" : "/sign-in"}>
          {signedIn ? t("toAccount") : t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
