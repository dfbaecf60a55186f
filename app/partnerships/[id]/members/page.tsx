import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LeavePartnership } from "@/components/members/leave-partnership";
import { MemberList } from "@/components/members/member-list";
import { OrganisationForm } from "@/components/members/organisation-form";
import { requireMember } from "@/lib/guards";
import { listMembers } from "@/lib/memberships/list-members";
import { notFoundOnRefusal } from "@/lib/not-found-on-refusal";
import { changeMemberRoleAction, leavePartnershipAction, removeMemberAction, setOrganisationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

const card = "rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-6";

export default async function MembersPage({ params }: PageProps<"/partnerships/[id]/members">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const members = await listMembers(user.id, id).catch(notFoundOnRefusal);
  const t = await getTranslations("members");
  const me = members.find((member) => member.id === membership.id);
  const facilitators = members.filter((member) => member.role === "FACILITATOR").length;
  const lastFacilitator = membership.role === "FACILITATOR" && facilitators <= 1;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-muted">
          {t("intro")} <span className="whitespace-nowrap">({t("count", { count: members.length })})</span>
        </p>
      </div>
      <ClientMessages namespaces={["members"]}>
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <div className="space-y-3">
            <MemberList
              partnershipId={id}
              members={members}
              viewer={{ membershipId: membership.id, facilitator: membership.role === "FACILITATOR" }}
              lastFacilitator={lastFacilitator}
              actions={{ changeRole: changeMemberRoleAction, remove: removeMemberAction }}
            />
            {membership.role === "FACILITATOR" ? (
              <p className="text-sm text-muted">
                {t("inviteHint")}{" "}
                <Link href={`/partnerships/${id}/edit#invite-title`} className="font-medium text-brand-700 underline">
                  {t("inviteLink")}
                </Link>
              </p>
            ) : null}
          </div>
          <div className="space-y-6">
            <section aria-labelledby="me-title" className={card}>
              <h2 id="me-title" className="mb-4 font-serif text-xl font-semibold">
                {t("meTitle")}
              </h2>
              <OrganisationForm action={setOrganisationAction} partnershipId={id} organisation={me?.organisation ?? ""} />
            </section>
            <LeavePartnership partnershipId={id} lastFacilitator={lastFacilitator} action={leavePartnershipAction} />
          </div>
        </div>
      </ClientMessages>
    </div>
  );
}
