"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/kickoff/action-form";
import { controlClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { idleState, shownValue, type ActionState } from "@/lib/action-state";
import { LIMITS } from "@/lib/validation/limits";

type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;
type Agreement = { id: string; text: string };

/** Facilitators add, reword and remove the partnership's agreements. */
export function AgreementsEditor({
  partnershipId,
  agreements,
  actions,
}: {
  partnershipId: string;
  agreements: Agreement[];
  actions: { add: FormAction; edit: FormAction; remove: FormAction };
}) {
  const t = useTranslations("kickoff.agreements");
  const [state, add] = useFormAction(actions.add);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {agreements.length === 0 ? <p className="text-muted">{t("empty")}</p> : null}
      <ol className="space-y-3">
        {agreements.map((agreement, index) => (
          <AgreementRow key={agreement.id} partnershipId={partnershipId} agreement={agreement} number={index + 1} actions={actions} />
        ))}
      </ol>
      <form action={add} className="space-y-2 rounded-md border border-dashed border-brand-200 bg-brand-50/40 p-3" noValidate>
        <input type="hidden" name="partnershipId" value={partnershipId} />
        <label htmlFor="new-agreement" className="block text-sm font-medium">
          {t("new")}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="new-agreement"
            name="text"
            maxLength={LIMITS.note}
            defaultValue={state.status === "error" ? shownValue(state, "text") : ""}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={errors.text ? "new-agreement-error" : undefined}
            className={`${controlClass(errors.text)} min-w-48 flex-1`}
          />
          <SubmitButton>{t("add")}</SubmitButton>
        </div>
        {errors.text ? (
          <p id="new-agreement-error" className="text-sm font-medium text-danger-700">
            {errors.text}
          </p>
        ) : null}
        <FormMessage state={state.status === "error" && !errors.text ? state : idleState} />
      </form>
    </div>
  );
}

function AgreementRow({
  partnershipId,
  agreement,
  number,
  actions,
}: {
  partnershipId: string;
  agreement: Agreement;
  number: number;
  actions: { edit: FormAction; remove: FormAction };
}) {
  const t = useTranslations("kickoff.agreements");
  const [state, edit] = useFormAction(actions.edit);
  const id = `agreement-${agreement.id}`;
  const error = state.fieldErrors?.text;
  return (
    <li className="flex flex-wrap items-start gap-2">
      <form action={edit} className="flex min-w-0 flex-1 flex-wrap items-start gap-2" noValidate>
        <input type="hidden" name="partnershipId" value={partnershipId} />
        <input type="hidden" name="agreementId" value={agreement.id} />
        <label htmlFor={id} className="sr-only">
          {t("item", { number })}
        </label>
        <span aria-hidden="true" className="mt-2 w-6 text-right font-semibold text-brand-700">
          {number}.
        </span>
        <div className="min-w-0 flex-1">
          <input
            // Once saved (here or by another facilitator), the field shows the saved text.
            key={agreement.text}
            id={id}
            name="text"
            maxLength={LIMITS.note}
            defaultValue={shownValue(state, "text", agreement.text)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={controlClass(error)}
          />
          {error ? (
            <p id={`${id}-error`} className="mt-1 text-sm font-medium text-danger-700">
              {error}
            </p>
          ) : null}
        </div>
        <SubmitButton variant="secondary" className="px-3 py-2 text-sm" aria-label={t("save", { number })}>
          {t("saveShort")}
        </SubmitButton>
        <span role="status" className="self-center text-sm font-medium text-ok-700">
          {state.status === "success" ? state.message : null}
        </span>
      </form>
      <ActionForm
        action={actions.remove}
        fields={{ partnershipId, agreementId: agreement.id }}
        variant="ghost"
        label={t("remove", { number })}
        buttonClassName="py-2 text-danger-700 hover:bg-danger-50"
      >
        {t("removeShort")}
      </ActionForm>
    </li>
  );
}
