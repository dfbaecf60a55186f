import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/partnership/action-button";
import type { ActionState } from "@/lib/action-state";

type Props = {
  partnershipId: string;
  invitations: { id: string; createdAt: Date; expiresAt: Date; maxUses: number | null; useCount: number; createdByName: string | null }[];
  revoke: (previous: ActionState, formData: FormData) => Promise<ActionState>;
};

/** The partnership's open invite links, with when they were made, when they expire and how often they were used. */
export async function OpenInvitations({ partnershipId, invitations, revoke }: Props) {
  const t = await getTranslations("invitations");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  if (invitations.length === 0) return <p className="text-muted">{t("noOpen")}</p>;
  return (
    <ul className="divide-y divide-line rounded-md border border-line">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
          <div className="text-sm">
            <p className="font-medium">
              {t("createdOn", { date: when(invitation.createdAt) })}
              {invitation.createdByName ? <span className="font-normal text-muted"> {t("createdBy", { name: invitation.createdByName })}</span> : null}
            </p>
            <p className="text-muted">
              {t("expiresOn", { date: when(invitation.expiresAt) })} ·{" "}
              {invitation.maxUses === null ? t("uses", { count: invitation.useCount }) : t("usesOf", { count: invitation.useCount, max: invitation.maxUses })}
            </p>
          </div>
          <ActionButton
            action={revoke}
            fields={{ partnershipId, invitationId: invitation.id }}
            variant="secondary"
            confirm={{ question: t("revokeQuestion"), confirmLabel: t("confirmRevoke"), cancelLabel: t("cancel") }}
          >
            {t("revoke")}
            <span className="sr-only"> {t("revokeLink", { date: when(invitation.createdAt) })}</span>
          </ActionButton>
        </li>
      ))}
    </ul>
  );
}
