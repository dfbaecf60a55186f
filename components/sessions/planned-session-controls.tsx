"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = { actions: { start: FormAction; remove: FormAction }; partnershipId: string; plannedSessionId: string; title: string };

/**
 * A facilitator's controls for one planned session: `Start session` (on success the action goes
 * to the kickoff page) and taking it off the plan.
 */
export function PlannedSessionControls({ actions, partnershipId, plannedSessionId, title }: Props) {
  const t = useTranslations("sessions");
  const [startState, start] = useFormAction(actions.start);
  const [removeState, remove] = useFormAction(actions.remove);
  const fields = (
    <>
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="plannedSessionId" value={plannedSessionId} />
    </>
  );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-3">
        <form action={start}>
          {fields}
          <SubmitButton pendingLabel={t("starting")} aria-label={t("startNamed", { title })}>
            {t("start")}
          </SubmitButton>
        </form>
        <form action={remove}>
          {fields}
          <SubmitButton variant="ghost" pendingLabel={t("removing")} aria-label={t("removeNamed", { title })}>
            {t("remove")}
          </SubmitButton>
        </form>
      </div>
      {startState.status === "error" ? <FormMessage state={startState} /> : null}
      {removeState.status === "error" ? <FormMessage state={removeState} /> : null}
    </div>
  );
}
