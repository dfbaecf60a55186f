import { getTranslations } from "next-intl/server";

/** Why an organisation's sign-in came back here (next-auth's ?error= codes, and the app's own). */
const ERROR_MESSAGES = {
  OAuthSignin: "organisationUnavailable",
  OAuthCallback: "organisationUnavailable",
  OAuthCreateAccount: "organisationUnavailable",
  Callback: "organisationUnavailable",
  Configuration: "organisationUnavailable",
  Default: "organisationUnavailable",
  AccessDenied: "organisationRefused",
  OrganisationEmailUnverified: "organisationEmailUnverified",
  OrganisationEmailMissing: "organisationEmailMissing",
} as const;

/** The message for a sign-in that came back with an error; null when there is none. */
export async function SignInNotice({ error }: { error: unknown }) {
  if (typeof error !== "string" || !error) return null;
  const t = await getTranslations("auth");
  const key = error in ERROR_MESSAGES ? ERROR_MESSAGES[error as keyof typeof ERROR_MESSAGES] : "organisationUnavailable";
  return (
    <p role="alert" className="mt-4 rounded-md border border-danger-600/30 bg-danger-50 px-4 py-3 text-sm font-medium text-danger-700">
      {t(key)}
    </p>
  );
}
