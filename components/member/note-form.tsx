"use client";

import { useTranslations } from "next-intl";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { shownValue, type ActionState } from "@/lib/action-state";

export type NoteFormCopy = {
  title: string;
  kindLegend: string;
  kinds: { value: "APPRECIATION" | "QUESTION"; label: string }[];
  body: string;
  bodyHint: string;
  submit: string;
};

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  partnershipId: string;
  subjectId: string;
  copy: NoteFormCopy;
};

/** An appreciation or a question for the member whose page this is. */
export function NoteForm({ action, partnershipId, subjectId, copy }: Props) {
  const t = useTranslations("common");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  const kind = shownValue(state, "kind", "APPRECIATION");
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg border border-line bg-surface p-4 shadow-sm" aria-labelledby="note-form-title">
      <h3 id="note-form-title" className="font-semibold">
        {copy.title}
      </h3>
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <fieldset className="space-y-2" aria-describedby={errors.kind ? "note-kind-error" : undefined}>
        <legend className="text-sm font-medium text-ink">{copy.kindLegend}</legend>
        {copy.kinds.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input type="radio" name="kind" value={option.value} defaultChecked={kind === option.value} className="mt-1 accent-brand-600" />
            <span>{option.label}</span>
          </label>
        ))}
        {errors.kind ? (
          <p id="note-kind-error" className="text-sm font-medium text-danger-700">
            {errors.kind}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField name="body" label={copy.body} hint={copy.bodyHint} rows={3} defaultValue={shownValue(state, "body")} error={errors.body} />
      <div className="flex flex-col gap-3">
        <SubmitButton pendingLabel={t("saving")} className="self-start">
          {copy.submit}
        </SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
