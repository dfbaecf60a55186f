"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/partnership/action-button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = { actions: { start: FormAction; remove: FormAction }; partnershipId: string; plannedSessionId: string; title: string };

/**
 * A facilitator's controls for one planned session: `Start session` (on success the action goes
 * to the kickoff page) and taking it off the plan, after an inline confirmation.
 */
export function PlannedSessionControls({ actions, partnershipId, plannedSessionId, title }: Props) {
  const t = useTranslations("sessions");
  const [startState, start] = useFormAction(actions.start);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-3">
        <form action={start}>
          <input type="hidden" name="partnershipId" value={partnershipId} />
          <input type="hidden" name="plannedSessionId" value={plannedSessionId} />
          <SubmitButton pendingLabel={t("starting")} aria-label={t("startNamed", { title })} className="px-3 py-1.5 text-sm">
            {t("start")}
          </SubmitButton>
        </form>
        <ActionButton
          action={actions.remove}
          fields={{ partnershipId, plannedSessionId }}
          variant="ghost"
          className="text-danger-700 hover:bg-danger-50"
          confirm={{ question: t("removeQuestion", { title }), confirmLabel: t("confirmRemove"), cancelLabel: t("cancel") }}
        >
          <span aria-hidden="true">{t("remove")}</span>
          <span className="sr-only">{t("removeNamed", { title })}</span>
        </ActionButton>
      </div>
      {startState.status === "error" ? <FormMessage state={startState} /> : null}
    </div>
  );
}
