"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { useCopyLink } from "@/components/ui/use-copy-link";

/** A link shown as text and in a read-only field, with a button that copies it. */
export function CopyLink({ url }: { url: string }) {
  const t = useTranslations("invitations");
  const { input, outcome, copy } = useCopyLink(url);

  return (
    <div className="space-y-3">
      <p className="rounded-md bg-surface px-3 py-2 font-mono text-sm break-all text-ink">{url}</p>
      <div className="space-y-1.5">
        <label htmlFor="invite-link" className="text-sm font-medium">
          {t("linkLabel")}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            ref={input}
            id="invite-link"
            type="text"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className={`${controlClass()} font-mono text-sm`}
          />
          <Button onClick={copy} className="shrink-0">
            {t("copy")}
          </Button>
        </div>
        <p role="status" className={`min-h-5 text-sm ${outcome === "failed" ? "font-medium text-danger-700" : "text-ok-700"}`}>
          {outcome === "copied" ? t("copied") : outcome === "failed" ? t("copyFailed") : ""}
        </p>
      </div>
    </div>
  );
}
