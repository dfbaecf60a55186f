"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import { controlClass, FieldFrame, TextAreaField, TextField, describedBy } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { shownValue, type ActionState } from "@/lib/action-state";
import { useFocusFirstInvalid } from "@/components/ui/use-focus-first-invalid";

type Need = { id: string; title: string; description: string; contributesLabel: string; noteLabel: string };

export type MyRoleCopy = {
  organisation: string;
  organisationHint: string;
  uniqueRole: string;
  uniqueRolePrompt: string;
  missionRelation: string;
  missionRelationPrompt: string;
  alignment: string;
  alignmentHint: string;
  alignmentOptions: { value: string; label: string }[];
  needsTitle: string;
  needsHint: string;
  noNeeds: string;
  note: string;
  save: string;
};

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  partnershipId: string;
  saved: { organisation: string; uniqueRole: string; missionRelation: string; alignment: number | null; contributions: { needId: string; note: string }[] };
  needs: Need[];
  copy: MyRoleCopy;
};

/** The member's unique role in one partnership and the needs they contribute to. */
export function MyRoleForm({ action, partnershipId, saved, needs, copy }: Props) {
  const t = useTranslations("common");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useFormAction(action);
  useFocusFirstInvalid(formRef, state);

  const errors = state.fieldErrors ?? {};
  const typedList = (name: string) => {
    const typed = state.values?.[name];
    return typed === undefined ? undefined : Array.isArray(typed) ? typed : [typed];
  };
  const ticked = typedList("contributes") ?? (state.values ? [] : saved.contributions.map((contribution) => contribution.needId));
  const typedNotes = typedList("notes");
  const noteOf = (needId: string, index: number) =>
    typedNotes?.[index] ?? saved.contributions.find((contribution) => contribution.needId === needId)?.note ?? "";

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <TextField
        name="organisation"
        label={copy.organisation}
        hint={copy.organisationHint}
        autoComplete="organization"
        defaultValue={shownValue(state, "organisation", saved.organisation)}
        error={errors.organisation}
      />
      <TextAreaField
        name="uniqueRole"
        label={copy.uniqueRole}
        hint={copy.uniqueRolePrompt}
        rows={4}
        defaultValue={shownValue(state, "uniqueRole", saved.uniqueRole)}
        error={errors.uniqueRole}
      />
      <TextAreaField
        name="missionRelation"
        label={copy.missionRelation}
        hint={copy.missionRelationPrompt}
        rows={4}
        defaultValue={shownValue(state, "missionRelation", saved.missionRelation)}
        error={errors.missionRelation}
      />
      <FieldFrame id="alignment" label={copy.alignment} hint={copy.alignmentHint} error={errors.alignment}>
        <select
          id="alignment"
          name="alignment"
          defaultValue={shownValue(state, "alignment", saved.alignment === null ? "" : String(saved.alignment))}
          aria-invalid={errors.alignment ? true : undefined}
          aria-describedby={describedBy("alignment", copy.alignmentHint, errors.alignment)}
          className={`${controlClass(errors.alignment)} sm:max-w-xs`}
        >
          {copy.alignmentOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </FieldFrame>

      <fieldset className="space-y-3" aria-describedby={errors.contributes ? "needs-hint contributes-error" : "needs-hint"}>
        <legend className="font-semibold text-ink">{copy.needsTitle}</legend>
        <p id="needs-hint" className="text-sm text-muted">
          {needs.length > 0 ? copy.needsHint : copy.noNeeds}
        </p>
        {errors.contributes ? (
          <p id="contributes-error" className="text-sm font-medium text-danger-700">
            <span aria-hidden="true">⚠ </span>
            {errors.contributes}
          </p>
        ) : null}
        <ul className="space-y-3">
          {needs.map((need, index) => {
            const noteError = errors[`notes.${index}`];
            const noteId = `note-${need.id}`;
            return (
              <li key={need.id} className="rounded-lg border border-line bg-surface p-4">
                <input type="hidden" name="needIds" value={need.id} />
                <div className="flex items-start gap-3">
                  <input
                    id={`contributes-${need.id}`}
                    type="checkbox"
                    name="contributes"
                    value={need.id}
                    defaultChecked={ticked.includes(need.id)}
                    aria-describedby={need.description ? `need-${need.id}-description` : undefined}
                    className="mt-1 size-4 shrink-0 accent-brand-600"
                  />
                  <div>
                    <label htmlFor={`contributes-${need.id}`} className="font-medium text-ink">
                      {need.contributesLabel}
                    </label>
                    {need.description ? (
                      <p id={`need-${need.id}-description`} className="mt-0.5 text-sm text-muted">
                        {need.description}
                      </p>
                    ) : null}
                  </div>
                </div>
                <div className="mt-3 space-y-1 sm:pl-7">
                  <label htmlFor={noteId} className="text-sm font-medium text-muted">
                    <span aria-hidden="true">{copy.note}</span>
                    <span className="sr-only">{need.noteLabel}</span>
                  </label>
                  <input
                    id={noteId}
                    name="notes"
                    type="text"
                    defaultValue={noteOf(need.id, index)}
                    aria-invalid={noteError ? true : undefined}
                    aria-describedby={noteError ? `${noteId}-error` : undefined}
                    className={controlClass(noteError)}
                  />
                  {noteError ? (
                    <p id={`${noteId}-error`} className="text-sm font-medium text-danger-700">
                      <span aria-hidden="true">⚠ </span>
                      {noteError}
                    </p>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div className="flex flex-col gap-3 border-t border-line pt-4 sm:flex-row sm:items-center">
        <SubmitButton pendingLabel={t("saving")}>{copy.save}</SubmitButton>
        <div className="flex-1">
          <FormMessage state={state} />
        </div>
      </div>
    </form>
  );
}
