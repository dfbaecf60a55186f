"use client";

import { useTranslations } from "next-intl";
import { controlClass, describedBy, FieldFrame } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { shownValue } from "@/lib/action-state";

type Props = { action: FormAction; partnershipId: string; saved: string; zones: readonly string[] };

/** The partnership's time zone, chosen from the zones a calendar file can carry. */
export function TimeZoneForm({ action, partnershipId, saved, zones }: Props) {
  const t = useTranslations("partnerships");
  const [state, formAction] = useFormAction(action);
  const error = state.fieldErrors?.timeZone;
  const value = shownValue(state, "timeZone", saved);
  const hint = t("timeZoneHint", { zone: saved });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <FieldFrame id="timeZone" label={t("timeZone")} hint={hint} error={error}>
        <select
          id="timeZone"
          name="timeZone"
          defaultValue={value}
          key={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("timeZone", hint, error)}
          className={`${controlClass(error)} sm:max-w-sm`}
        >
          {/* A value not on the list (sent by hand) is shown as typed, with its error. */}
          {zones.includes(value) ? null : <option value={value}>{value}</option>}
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </FieldFrame>
      <SubmitButton pendingLabel={t("saving")}>{t("saveTimeZone")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
