import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/partnership/action-button";
import type { ActionState } from "@/lib/action-state";
import type { MemberRole } from "@/lib/generated/prisma/enums";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

type Member = { id: string; name: string; organisation: string; role: MemberRole; joinedAt: Date };

type Props = {
  partnershipId: string;
  members: Member[];
  viewer: { membershipId: string; facilitator: boolean };
  /** The viewer is the partnership's only facilitator. */
  lastFacilitator: boolean;
  actions: { changeRole: Action; remove: Action };
};

/** Everyone in the partnership; facilitators also get the controls to change roles and remove members. */
export async function MemberList({ partnershipId, members, viewer, lastFacilitator, actions }: Props) {
  const t = await getTranslations("members");
  const format = await getFormatter();
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-line rounded-lg border border-line bg-surface shadow-sm">
      {members.map((member) => {
        const isMe = member.id === viewer.membershipId;
        const who = <span className="sr-only">: {member.name}</span>;
        return (
          <li key={member.id} className="member-row">
            <div>
              <span aria-hidden="true" className="avatar">
                {initials(member.name)}
              </span>
              <div className="min-w-0">
                <p className="name">
                  <Link href={`/partnerships/${partnershipId}/members/${member.id}`} prefetch={false}>
                    {member.name}
                  </Link>
                  {isMe ? <span className="font-normal text-muted"> ({t("you")})</span> : null}
                </p>
                <p className={member.organisation ? "org" : "org empty"}>
                  {member.organisation || t("noOrganisation")}
                </p>
                <p className="meta">
                  <span className={member.role === "FACILITATOR" ? "tag tag-facilitator" : "tag"}>
                    {t(`role.${member.role}`)}
                  </span>
                  <span className="text-muted">{t("joined", { date: format.dateTime(member.joinedAt, { dateStyle: "medium" }) })}</span>
                </p>
              </div>
            </div>
            {viewer.facilitator ? (
              <div className="controls">
                {member.role === "MEMBER" ? (
                  <ActionButton action={actions.changeRole} fields={{ partnershipId, membershipId: member.id, role: "FACILITATOR" }}>
                    {t("makeFacilitator")}
                    {who}
                  </ActionButton>
                ) : isMe ? (
                  lastFacilitator ? null : (
                    <ActionButton action={actions.changeRole} fields={{ partnershipId, membershipId: member.id, role: "MEMBER" }}>
                      {t("stepDown")}
                    </ActionButton>
                  )
                ) : (
                  <ActionButton action={actions.changeRole} fields={{ partnershipId, membershipId: member.id, role: "MEMBER" }}>
                    {t("makePartner")}
                    {who}
                  </ActionButton>
                )}
                {isMe ? null : (
                  <ActionButton
                    action={actions.remove}
                    fields={{ partnershipId, membershipId: member.id }}
                    variant="ghost"
                    className="text-danger-700 hover:bg-danger-50"
                    confirm={{ question: t("removeQuestion", { name: member.name }), confirmLabel: t("confirmRemove"), cancelLabel: t("cancel") }}
                  >
                    {t("remove")}
                    <span className="sr-only"> {t("removeMember", { name: member.name })}</span>
                  </ActionButton>
                )}
              </div>
            ) : null}
            {isMe && lastFacilitator ? (
              <p className="rounded-md bg-accent-100 px-3 py-2 text-sm text-accent-700 sm:max-w-xs">
                {t("onlyFacilitator")}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function initials(name: string) {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}
