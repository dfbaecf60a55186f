"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { AnswerField } from "@/components/profile/answer-field";
import { TagsField } from "@/components/profile/tags-field";
import type { LeadershipCopy } from "@/components/profile/copy";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { idleState, shownValue, type ActionState } from "@/lib/action-state";
import { MISSION_FIELDS, PROFILE_FIELDS, TAG_FIELDS, type AnswerField as Field, type TagField } from "@/lib/leadership/fields";
import { normaliseTags } from "@/lib/tags/normalise-tags";
import { LIMITS } from "@/lib/validation/limits";
import { useFocusFirstInvalid } from "@/components/ui/use-focus-first-invalid";

type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;
/** A stored profile or mission as the form shows it: every value a string. */
type Stored = { version: number; values: Record<string, string> };
type FormName = "profile" | "mission";

type Props = {
  profile: Stored;
  mission: Stored;
  suggestions: Record<TagField, string[]>;
  saveProfile: FormAction;
  saveMission: FormAction;
  copy: LeadershipCopy;
};

/**
 * The two forms of "My profile". Only the form sent last shows its outcome, so that the page
 * never says "Saved" twice.
 */
export function LeadershipForms({ profile, mission, suggestions, saveProfile, saveMission, copy }: Props) {
  const [lastSent, setLastSent] = useState<FormName | null>(null);
  return (
    <div className="space-y-12">
      <AnswersForm
        name="profile"
        title={copy.profileTitle}
        intro={copy.profileIntro}
        fields={PROFILE_FIELDS}
        stored={profile}
        action={saveProfile}
        submitLabel={copy.saveProfile}
        copy={copy}
        suggestions={suggestions}
        showOutcome={lastSent === "profile"}
        onSend={() => setLastSent("profile")}
      />
      <AnswersForm
        name="mission"
        title={copy.missionTitle}
        intro={copy.missionIntro}
        fields={MISSION_FIELDS}
        stored={mission}
        action={saveMission}
        submitLabel={copy.saveMission}
        copy={copy}
        suggestions={suggestions}
        showOutcome={lastSent === "mission"}
        onSend={() => setLastSent("mission")}
      />
    </div>
  );
}

const TAGS_AFTER: Partial<Record<Field, TagField>> = Object.fromEntries(
  Object.entries(TAG_FIELDS).map(([tagField, answerField]) => [answerField, tagField as TagField]),
);

type AnswersFormProps = {
  name: FormName;
  title: string;
  intro: string;
  fields: readonly Field[];
  stored: Stored;
  action: FormAction;
  submitLabel: string;
  copy: LeadershipCopy;
  suggestions: Record<TagField, string[]>;
  showOutcome: boolean;
  onSend: () => void;
};

function AnswersForm({ name, title, intro, fields, stored, action, submitLabel, copy, suggestions, showOutcome, onSend }: AnswersFormProps) {
  const t = useTranslations("common");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction] = useFormAction(async (previous: ActionState, formData: FormData) => {
    onSend();
    return action(previous, formData);
  });

  useFocusFirstInvalid(formRef, state);

  const errors = state.fieldErrors ?? {};
  const version = typeof state.data?.version === "number" ? state.data.version : stored.version;
  const conflict = conflictValues(state);
  const value = (field: string) => shownValue(state, field, stored.values[field] ?? "");

  const otherAnswer = (field: Field) => {
    if (!conflict) return undefined;
    const text = conflict[field] ?? "";
    const visibility = conflict[`${field}Visibility`] ?? "";
    const differs = text !== value(field).trim() || visibility !== value(`${field}Visibility`);
    return differs ? { text, visibility } : undefined;
  };
  const otherTags = (field: TagField) => {
    if (!conflict) return undefined;
    const other = conflict[field] ?? "";
    return normaliseTags(other).join(", ") === normaliseTags(value(field)).join(", ") ? undefined : other;
  };

  const headingId = `${name}-title`;
  return (
    <section aria-labelledby={headingId} id={name} className="scroll-mt-6 space-y-4">
      <div>
        <h2 id={headingId} className="font-serif text-2xl font-semibold">
          {title}
        </h2>
        <p className="mt-1 max-w-prose text-muted">{intro}</p>
      </div>
      <form ref={formRef} action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="version" value={version} />
        {fields.map((field) => {
          const tagField = name === "profile" ? TAGS_AFTER[field] : undefined;
          return (
            <div key={field} className="space-y-3">
              <AnswerField
                name={field}
                label={copy.fields[field].label}
                prompt={copy.fields[field].prompt}
                revealedIn={copy.fields[field].revealedIn}
                defaultValue={value(field)}
                defaultVisibility={value(`${field}Visibility`)}
                max={LIMITS.answer}
                error={errors[field]}
                visibilityError={errors[`${field}Visibility`]}
                copy={copy.visibility}
                conflictCopy={copy.conflict}
                other={otherAnswer(field)}
              />
              {tagField ? (
                <TagsField
                  name={tagField}
                  copy={copy.tags[tagField]}
                  suggestionsLabel={copy.suggestions}
                  conflictCopy={copy.conflict}
                  defaultValue={value(tagField)}
                  suggestions={suggestions[tagField]}
                  error={errors[tagField]}
                  other={otherTags(tagField)}
                />
              ) : null}
            </div>
          );
        })}
        <div className="-mx-1 flex flex-col gap-3 border-t border-line bg-paper/95 px-1 py-3 sm:sticky sm:bottom-0 sm:z-10 sm:flex-row sm:items-center sm:backdrop-blur">
          <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
          <div className="flex-1">
            <FormMessage state={showOutcome ? state : idleState} />
          </div>
        </div>
      </form>
    </section>
  );
}

/** The version stored meanwhile, when the last save was refused because of it. */
function conflictValues(state: ActionState): Record<string, string> | undefined {
  const conflict = state.data?.conflict;
  if (!conflict || typeof conflict !== "object") return undefined;
  return Object.fromEntries(Object.entries(conflict).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
