"use client";

import { useTranslations } from "next-intl";
import { FORM_STACK } from "@/components/partnership/form-stack";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { shownValue, type ActionState } from "@/lib/action-state";
import { LIMITS } from "@/lib/validation/limits";

const FIELDS = ["name", "commonGoal", "desiredImpact", "description"] as const;
type Field = (typeof FIELDS)[number];
type Details = Record<Field, string>;
export type SavedPartnership = Details & { partnershipId: string; version: number };

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** The partnership as loaded, when editing; absent when creating one. */
  saved?: SavedPartnership;
};

/** Name, common goal, desired impact and description: for a new partnership, or to edit one. */
export function PartnershipForm({ action, saved }: Props) {
  const t = useTranslations("partnerships");
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  const theirs = conflictingVersion(state);
  const value = (field: Field) => shownValue(state, field, saved?.[field]);

  return (
    <form action={formAction} className={FORM_STACK} noValidate>
      <FormMessage state={state} />
      {theirs ? <ConflictPanel theirs={theirs} yours={Object.fromEntries(FIELDS.map((field) => [field, value(field)])) as Details} /> : null}
      {saved ? (
        <>
          <input type="hidden" name="partnershipId" value={saved.partnershipId} />
          {/* After a conflict the next save is made knowingly over their version. */}
          <input type="hidden" name="version" value={theirs?.version ?? saved.version} />
        </>
      ) : null}
      <TextField
        name="name"
        label={t("name")}
        hint={t("nameHint", { max: LIMITS.shortText })}
        required
        defaultValue={value("name")}
        error={errors.name}
      />
      <TextAreaField
        name="commonGoal"
        label={t("commonGoal")}
        hint={t("commonGoalHint", { max: LIMITS.goal })}
        rows={3}
        required
        defaultValue={value("commonGoal")}
        error={errors.commonGoal}
      />
      <TextAreaField
        name="desiredImpact"
        label={t("desiredImpact")}
        hint={t("desiredImpactHint", { max: LIMITS.goal })}
        rows={3}
        required
        defaultValue={value("desiredImpact")}
        error={errors.desiredImpact}
      />
      <TextAreaField
        name="description"
        label={t("description")}
        hint={t("descriptionHint", { max: LIMITS.goal })}
        rows={3}
        defaultValue={value("description")}
        error={errors.description}
      />
      <SubmitButton pendingLabel={saved ? t("saving") : t("creating")}>{saved ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}

function conflictingVersion(state: ActionState): (Details & { version: number }) | null {
  const theirs = state.data?.theirs;
  if (typeof theirs !== "object" || theirs === null) return null;
  const record = theirs as Record<string, unknown>;
  if (typeof record.version !== "number" || !FIELDS.every((field) => typeof record[field] === "string")) return null;
  return record as Details & { version: number };
}

function ConflictPanel({ theirs, yours }: { theirs: Details & { version: number }; yours: Details }) {
  const t = useTranslations("partnerships");
  const differing = FIELDS.filter((field) => theirs[field] !== yours[field]);
  return (
    <section aria-labelledby="conflict-title" className="space-y-3 rounded-md border border-accent-500/50 bg-accent-100/60 p-4">
      <h3 id="conflict-title" className="font-semibold text-accent-700">
        {t("conflictTitle")}
      </h3>
      <p className="text-sm">{t("conflictText")}</p>
      <dl className="space-y-3">
        {differing.map((field) => (
          <div key={field} className="rounded-md border border-line bg-surface p-3">
            <dt className="font-medium">{t(field)}</dt>
            <dd className="mt-2 grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <p className="font-medium text-muted">{t("theirVersion", { version: theirs.version })}</p>
                <p className="mt-1 whitespace-pre-line break-words">{theirs[field] || t("emptyValue")}</p>
              </div>
              <div>
                <p className="font-medium text-muted">{t("yourVersion")}</p>
                <p className="mt-1 whitespace-pre-line break-words">{yours[field] || t("emptyValue")}</p>
              </div>
            </dd>
          </div>
        ))}
      </dl>
      <a href="" className="inline-block text-sm font-medium text-brand-700 underline">
        {t("loadTheirs")}
      </a>
    </section>
  );
}
