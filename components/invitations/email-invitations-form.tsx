"use client";

import { useTranslations } from "next-intl";
import { FORM_STACK_TIGHT } from "@/components/partnership/form-stack";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { shownValue, type ActionState } from "@/lib/action-state";
import { EMAIL_INVITE_LIMITS } from "@/lib/validation/invitation-limits";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  partnershipId: string;
};

/**
 * Invites people by email: their addresses (one or more) and an optional message. A bad address
 * is named next to the field and nothing is sent; what was typed stays.
 */
export function EmailInvitationsForm({ action, partnershipId }: Props) {
  const t = useTranslations("invitations");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  const notes = state.status === "success" && Array.isArray(state.data?.notes) ? (state.data.notes as string[]) : [];
  return (
    <form action={formAction} className={FORM_STACK_TIGHT} noValidate>
      <FormMessage state={state} />
      {notes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <TextAreaField
        name="emails"
        label={t("emailAddresses")}
        hint={t("emailAddressesHint", { max: EMAIL_INVITE_LIMITS.maxAddresses })}
        rows={3}
        autoComplete="off"
        spellCheck={false}
        defaultValue={shownValue(state, "emails")}
        error={errors.emails}
      />
      <TextAreaField
        name="message"
        label={t("emailMessage")}
        hint={t("emailMessageHint", { max: EMAIL_INVITE_LIMITS.messageMax })}
        rows={4}
        defaultValue={shownValue(state, "message")}
        error={errors.message}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
