"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = { action: FormAction; partnershipId: string; plannedSessionId: string; title: string };

/** `Start session` for one planned session; on success the action goes to the kickoff page. */
export function StartSessionForm({ action, partnershipId, plannedSessionId, title }: Props) {
  const t = useTranslations("sessions");
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="plannedSessionId" value={plannedSessionId} />
      <SubmitButton variant="secondary" pendingLabel={t("starting")} aria-label={t("startNamed", { title })}>
        {t("start")}
      </SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
