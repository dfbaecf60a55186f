import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InviteMessage } from "@/components/invitations/invite-message";
import { JoinForm } from "@/components/invitations/join-form";
import { SharingSummary } from "@/components/invitations/sharing-summary";
import { ButtonLink } from "@/components/ui/button";
import { isAppError } from "@/lib/errors";
import { currentUser } from "@/lib/guards";
import { previewInvitation, type InvitationPreview } from "@/lib/invitations/preview-invitation";
import { clientAddress } from "@/lib/request-meta";
import { joinPartnershipAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  // The token is a secret: keep invite pages out of search engines.
  return { title: (await getTranslations("invitations"))("pageTitle"), robots: { index: false, follow: false } };
}

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const user = await currentUser();
  const t = await getTranslations("invitations");
  const te = await getTranslations("errors");

  let preview: InvitationPreview;
  try {
    preview = await previewInvitation({ token, viewerId: user?.id ?? null, address: clientAddress(await headers()) });
  } catch (error) {
    if (!isAppError(error, "RATE_LIMITED")) throw error;
    return <InviteMessage title={t("rateLimitedTitle")} text={te("RATE_LIMITED", error.params)} />;
  }

  switch (preview.status) {
    case "member":
      redirect(`/partnerships/${preview.partnershipId}`);
    case "unknown":
      return <InviteMessage title={t("invalidTitle")} text={t("invalidText")} />;
    case "expired":
      return <InviteMessage title={t("expiredTitle")} text={te("INVITE_EXPIRED")} />;
    case "revoked":
      return <InviteMessage title={t("revokedTitle")} text={te("INVITE_REVOKED")} />;
    case "usedUp":
      return <InviteMessage title={t("usedUpTitle")} text={te("INVITE_USED_UP")} />;
    case "removed":
      return <InviteMessage title={t("removedTitle")} text={te("INVITE_PREDATES_REMOVAL")} />;
    case "otherAddress":
      return <InviteMessage title={t("otherAddressTitle")} text={t("otherAddressText", { email: preview.maskedEmail })} />;
  }

  const here = `/invite/${encodeURIComponent(token)}`;
  return (
    <div className="mx-auto max-w-2xl">
      <div className="overflow-hidden rounded-lg border border-line bg-surface shadow-sm">
        <div className="bg-brand-900 px-6 py-8 text-brand-50 sm:px-8">
          <p className="text-sm font-semibold tracking-wide text-brand-200 uppercase">{t("invitedTo")}</p>
          <h1 className="mt-2 font-serif text-3xl font-semibold break-words text-white">{preview.partnership.name}</h1>
        </div>
        <div className="space-y-6 px-6 py-6 sm:px-8">
          <section aria-labelledby="invite-goal">
            <h2 id="invite-goal" className="text-sm font-semibold tracking-wide text-muted uppercase">
              {t("commonGoal")}
            </h2>
            <p className="mt-1 text-lg whitespace-pre-line break-words">{preview.partnership.commonGoal}</p>
          </section>
          <div className="border-t border-line pt-6">
            {user && preview.sharing ? (
              <div className="space-y-6">
                <SharingSummary sharing={preview.sharing} />
                <p className="border-t border-line pt-6 text-muted">{t("signedInAs", { name: user.name })}</p>
                <ClientMessages namespaces={["invitations"]}>
                  <JoinForm action={joinPartnershipAction} token={token} />
                </ClientMessages>
              </div>
            ) : (
              <div className="space-y-4">
                {preview.invitedEmail ? <p className="font-medium">{t("forAddress", { email: preview.invitedEmail })}</p> : null}
                <p className="text-muted">{t("signedOutText")}</p>
                <div className="flex flex-wrap gap-3">
                  <ButtonLink href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>{t("signUp")}</ButtonLink>
                  <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} variant="secondary">
                    {t("signIn")}
                  </ButtonLink>
                </div>
              </div>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
