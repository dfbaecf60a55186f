"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { shownValue } from "@/lib/action-state";

type Option = { value: string; label: string };

type Props = {
  action: FormAction;
  /** One radio group per kind: its name (the legend) and the channel saved now. */
  kinds: { kind: string; label: string; saved: string }[];
  channels: Option[];
  labels: { save: string };
};

/** One fieldset per kind of notification, each with the four channels, and `Save notification settings`. */
export function NotificationSettingsForm({ action, kinds, channels, labels }: Props) {
  const [state, formAction] = useFormAction(action);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-6">
      <FormMessage state={state} />
      {kinds.map(({ kind, label, saved }) => {
        const shown = shownValue(state, kind, saved);
        return (
          <fieldset key={kind} className="rounded-lg border border-line bg-surface p-4" aria-describedby={errors[kind] ? `${kind}-error` : undefined}>
            <legend className="px-1 font-semibold">{label}</legend>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {channels.map((channel) => (
                <label key={channel.value} className="flex items-center gap-2 text-sm">
                  <input type="radio" name={kind} value={channel.value} defaultChecked={shown === channel.value} className="h-4 w-4 accent-brand-600" />
                  {channel.label}
                </label>
              ))}
            </div>
            {errors[kind] ? (
              <p id={`${kind}-error`} className="mt-2 text-sm text-danger-700">
                {errors[kind]}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <SubmitButton>{labels.save}</SubmitButton>
    </form>
  );
}
