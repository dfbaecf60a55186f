"use client";

import { useTranslations } from "next-intl";
import { CopyLink } from "@/components/invitations/copy-link";
import { FORM_STACK_TIGHT } from "@/components/partnership/form-stack";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { shownValue, type ActionState } from "@/lib/action-state";
import { INVITE_LIMITS } from "@/lib/validation/invitation-limits";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  partnershipId: string;
};

/** Creates an invite link and shows it, once, right after. */
export function InviteLinkForm({ action, partnershipId }: Props) {
  const t = useTranslations("invitations");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  const url = state.status === "success" && typeof state.data?.url === "string" ? state.data.url : null;
  return (
    <div className="space-y-5">
      <form action={formAction} className={FORM_STACK_TIGHT} noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="partnershipId" value={partnershipId} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="maxUses"
            inputMode="numeric"
            label={t("maxUses")}
            hint={t("maxUsesHint", { max: INVITE_LIMITS.maxUses })}
            defaultValue={shownValue(state, "maxUses")}
            error={errors.maxUses}
          />
          <TextField
            name="expiresInDays"
            inputMode="numeric"
            label={t("expiresInDays")}
            hint={t("expiresInDaysHint", { max: INVITE_LIMITS.maxDays, default: INVITE_LIMITS.defaultDays })}
            defaultValue={shownValue(state, "expiresInDays", String(INVITE_LIMITS.defaultDays))}
            error={errors.expiresInDays}
          />
        </div>
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      </form>
      {url ? (
        <div className="space-y-3 rounded-md border border-brand-200 bg-brand-50 p-4">
          <h3 className="font-semibold text-brand-900">
            {t("newLinkTitle")}
          </h3>
          <CopyLink url={url} />
          <p className="text-sm text-muted">{t("shownOnce")}</p>
        </div>
      ) : null}
    </div>
  );
}
