"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useCopyLink } from "@/components/ui/use-copy-link";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Labels = {
  create: string;
  replace: string;
  creating: string;
  stop: string;
  stopping: string;
  newLinkTitle: string;
  linkLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  shownOnce: string;
};

type Props = { active: boolean; actions: { create: FormAction; stop: FormAction }; labels: Labels };

/**
 * Makes (or replaces) the calendar feed link and shows it once, right after, with a copy control;
 * and stops it. One component, so that the new link stays shown while the page refreshes.
 */
export function CalendarFeedControls({ active, actions, labels }: Props) {
  const [createState, create] = useFormAction(actions.create);
  const [stopState, stop] = useFormAction(actions.stop);
  const fresh = createState.status === "success" && typeof createState.data?.url === "string" ? createState.data.url : null;
  // Stopping after making one hides the link made before.
  const [stoppedAfter, setStoppedAfter] = useState<string | null>(null);
  const url = fresh && fresh !== stoppedAfter ? fresh : null;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start gap-3">
        <form action={create}>
          <SubmitButton pendingLabel={labels.creating} variant={active ? "secondary" : "primary"}>
            {active ? labels.replace : labels.create}
          </SubmitButton>
        </form>
        {active ? (
          <form action={stop} onSubmit={() => setStoppedAfter(fresh)}>
            <SubmitButton pendingLabel={labels.stopping} variant="ghost" className="text-danger-700 hover:bg-danger-50">
              {labels.stop}
            </SubmitButton>
          </form>
        ) : null}
      </div>
      <FormMessage state={createState.status === "error" ? createState : stopState} />
      {url && active ? <NewLink url={url} labels={labels} /> : null}
    </div>
  );
}

function NewLink({ url, labels }: { url: string; labels: Labels }) {
  const { input, outcome, copy } = useCopyLink(url);
  return (
    <div className="space-y-3 rounded-md border border-brand-200 bg-brand-50 p-4">
      <h3 className="font-semibold text-brand-900">{labels.newLinkTitle}</h3>
      <div className="space-y-1.5">
        <label htmlFor="calendar-feed-link" className="text-sm font-medium">
          {labels.linkLabel}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            ref={input}
            id="calendar-feed-link"
            type="text"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className={`${controlClass()} font-mono text-sm`}
          />
          <Button onClick={copy} className="shrink-0">
            {labels.copy}
          </Button>
        </div>
        <p role="status" className={`min-h-5 text-sm ${outcome === "failed" ? "font-medium text-danger-700" : "text-ok-700"}`}>
          {outcome === "copied" ? labels.copied : outcome === "failed" ? labels.copyFailed : ""}
        </p>
      </div>
      <p className="text-sm text-muted">{labels.shownOnce}</p>
    </div>
  );
}
