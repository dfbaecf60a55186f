import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmailInvitationsForm } from "@/components/invitations/email-invitations-form";
import { InviteLinkForm } from "@/components/invitations/invite-link-form";
import { OpenInvitations } from "@/components/invitations/open-invitations";
import { PersonalInvitations } from "@/components/invitations/personal-invitations";
import { FacilitatorsOnly } from "@/components/partnership/facilitators-only";
import { NeedsEditor } from "@/components/partnership/needs-editor";
import { PartnershipForm } from "@/components/partnership/partnership-form";
import { TimeZoneForm } from "@/components/partnership/time-zone-form";
import { timeZoneNames } from "@/lib/calendar/time-zones";
import { requireMember } from "@/lib/guards";
import { listOpenInvitations } from "@/lib/invitations/list-open-invitations";
import { listPersonalInvitations } from "@/lib/invitations/list-personal-invitations";
import { logger } from "@/lib/logger";
import { notFoundOnRefusal } from "@/lib/not-found-on-refusal";
import { getPartnershipForEdit } from "@/lib/partnerships/get-partnership-for-edit";
import { EMAIL_INVITE_LIMITS } from "@/lib/validation/invitation-limits";
import { addNeedAction, moveNeedAction, removeNeedAction, setTimeZoneAction, updatePartnershipAction } from "./actions";
import { createInvitationAction, revokeInvitationAction, sendInvitationsAction } from "./invitation-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerships"))("editTitle") };
}

const card = "rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-6";

export default async function EditPartnershipPage({ params }: PageProps<"/partnerships/[id]/edit">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  if (membership.role !== "FACILITATOR") {
    logger.security("access.refused", { userId: user.id, partnershipId: id, reason: "not_a_facilitator", page: "edit" });
    return <FacilitatorsOnly partnershipId={id} />;
  }
  const partnership = await getPartnershipForEdit(user.id, id).catch(notFoundOnRefusal);
  const invitations = await listOpenInvitations(user.id, id).catch(notFoundOnRefusal);
  const personalInvitations = await listPersonalInvitations(user.id, id).catch(notFoundOnRefusal);
  const t = await getTranslations("partnerships");
  const ti = await getTranslations("invitations");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">{t("editTitle")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("editIntro")}</p>
      </div>
      <ClientMessages namespaces={["partnerships", "invitations"]}>
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-labelledby="details-title" className={card}>
            <h2 id="details-title" className="mb-4 font-serif text-xl font-semibold">
              {t("detailsTitle")}
            </h2>
            <PartnershipForm
              action={updatePartnershipAction}
              saved={{
                partnershipId: id,
                version: partnership.version,
                name: partnership.name,
                commonGoal: partnership.commonGoal,
                desiredImpact: partnership.desiredImpact,
                description: partnership.description,
              }}
            />
            {/* Not labelled by its heading: "Time zone" must name the zone's select alone. */}
            <div className="mt-8 space-y-3 border-t border-line pt-6">
              <div>
                <h3 className="font-serif text-lg font-semibold">
                  {t("timeZoneTitle")}
                </h3>
                <p className="mt-1 text-sm text-muted">{t("timeZoneIntro")}</p>
              </div>
              <TimeZoneForm action={setTimeZoneAction} partnershipId={id} saved={partnership.timeZone} zones={timeZoneNames()} />
            </div>
          </section>
          {/* Not labelled by its heading: "Need" must name the need's input alone. */}
          <section className={card}>
            <h2 className="font-serif text-xl font-semibold">
              {t("needsTitle")}
            </h2>
            <p className="mt-1 mb-4 text-sm text-muted">{t("needsIntro")}</p>
            <NeedsEditor partnershipId={id} needs={partnership.needs} actions={{ add: addNeedAction, move: moveNeedAction, remove: removeNeedAction }} />
          </section>
        </div>
        <section aria-labelledby="invite-email-title" className={`${card} mt-6 space-y-6`}>
          <div>
            <h2 id="invite-email-title" className="font-serif text-xl font-semibold">
              {ti("emailTitle")}
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-muted">
              {ti("emailIntro", { days: EMAIL_INVITE_LIMITS.days, remindDays: EMAIL_INVITE_LIMITS.remindAfterDays })}
            </p>
          </div>
          <EmailInvitationsForm action={sendInvitationsAction} partnershipId={id} />
          <div className="space-y-3">
            <h3 className="font-semibold">{ti("personalTitle")}</h3>
            <PersonalInvitations partnershipId={id} invitations={personalInvitations} revoke={revokeInvitationAction} />
          </div>
        </section>
        <section aria-labelledby="invite-title" className={`${card} mt-6 space-y-6`}>
          <div>
            <h2 id="invite-title" className="font-serif text-xl font-semibold">
              {ti("title")}
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-muted">{ti("intro")}</p>
          </div>
          <InviteLinkForm action={createInvitationAction} partnershipId={id} />
          <div className="space-y-3">
            <h3 className="font-semibold">{ti("openTitle")}</h3>
            <OpenInvitations partnershipId={id} invitations={invitations} revoke={revokeInvitationAction} />
          </div>
        </section>
      </ClientMessages>
    </div>
  );
}
