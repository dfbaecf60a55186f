"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Shown instead of a page that failed; the details are in the server log, never here. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div className="mx-auto max-w-xl py-10 text-center" role="alert">
      <h1 className="font-serif text-3xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-3 text-muted">{t("errorText")}</p>
      <Button className="mt-6" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </div>
  );
}
