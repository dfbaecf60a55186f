import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/partnership/action-button";
import type { ActionState } from "@/lib/action-state";
import type { PersonalInvitationRow, PersonalInvitationState } from "@/lib/invitations/list-personal-invitations";

type Props = {
  partnershipId: string;
  invitations: PersonalInvitationRow[];
  revoke: (previous: ActionState, formData: FormData) => Promise<ActionState>;
};

const STATE_KEY = {
  sent: "stateSent",
  opened: "stateOpened",
  joined: "stateJoined",
  expired: "stateExpired",
  revoked: "stateRevoked",
} as const satisfies Record<PersonalInvitationState, string>;

const STATE_CLASS: Record<PersonalInvitationState, string> = {
  sent: "bg-brand-50 text-brand-900 border-brand-200",
  opened: "bg-brand-50 text-brand-900 border-brand-200",
  joined: "bg-ok-50 text-ok-700 border-ok-700/20",
  expired: "bg-paper text-muted border-line",
  revoked: "bg-paper text-muted border-line",
};

/** The invitations sent by email, one per address: its state and dates; an open one can be revoked. */
export async function PersonalInvitations({ partnershipId, invitations, revoke }: Props) {
  const t = await getTranslations("invitations");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  if (invitations.length === 0) return <p className="text-muted">{t("noPersonal")}</p>;
  return (
    <ul className="divide-y divide-line rounded-md border border-line">
      {invitations.map((invitation) => {
        const dates = [
          invitation.createdByName
            ? `${t("sentOn", { date: when(invitation.createdAt) })} ${t("createdBy", { name: invitation.createdByName })}`
            : t("sentOn", { date: when(invitation.createdAt) }),
          invitation.openedAt ? t("openedOn", { date: when(invitation.openedAt) }) : null,
          invitation.remindedAt ? t("remindedOn", { date: when(invitation.remindedAt) }) : null,
          invitation.joinedAt ? t("joinedOn", { date: when(invitation.joinedAt) }) : null,
          invitation.state === "revoked" && invitation.revokedAt ? t("revokedOn", { date: when(invitation.revokedAt) }) : null,
          invitation.state === "expired" ? t("expiredOn", { date: when(invitation.expiresAt) }) : null,
          invitation.state === "sent" || invitation.state === "opened" ? t("expiresOn", { date: when(invitation.expiresAt) }) : null,
        ].filter((line): line is string => line !== null);
        return (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <div className="min-w-0 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium break-all">{invitation.email}</span>
                <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${STATE_CLASS[invitation.state]}`}>{t(STATE_KEY[invitation.state])}</span>
              </p>
              <p className="mt-1 text-muted">{dates.join(" · ")}</p>
            </div>
            {invitation.state === "sent" || invitation.state === "opened" ? (
              <ActionButton
                action={revoke}
                fields={{ partnershipId, invitationId: invitation.id }}
                variant="secondary"
                confirm={{ question: t("revokeInvitationQuestion"), confirmLabel: t("confirmRevoke"), cancelLabel: t("cancel") }}
              >
                {t("revoke")}
                <span className="sr-only"> {t("revokeInvitation", { email: invitation.email })}</span>
              </ActionButton>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
