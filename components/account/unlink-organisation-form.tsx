"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Method = { id: string; label: string; detail: string; note: string | null; unlink: string };
type Props = {
  action: FormAction;
  password: { label: string; note: string | null };
  organisations: Method[];
};

/**
 * The list of sign-in methods, one form for all: each `Unlink <provider>` button sends its own
 * link's id, and the outcome (unlinked, or refused as the last way in) shows above the list.
 */
export function UnlinkOrganisationForm({ action, password, organisations }: Props) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <ul className="divide-y divide-line rounded-md border border-line">
        <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <span className="font-medium">{password.label}</span>
          {password.note ? <span className="text-sm text-muted">{password.note}</span> : null}
        </li>
        {organisations.map((method) => (
          <li key={method.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <span className="min-w-0">
              <span className="block font-medium">{method.label}</span>
              <span className="block break-all text-sm text-muted">{method.detail}</span>
              {method.note ? <span className="block text-sm text-muted">{method.note}</span> : null}
            </span>
            <SubmitButton variant="secondary" name="organisationSignInId" value={method.id}>
              {method.unlink}
            </SubmitButton>
          </li>
        ))}
      </ul>
    </form>
  );
}
