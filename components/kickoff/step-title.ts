"use client";

import { useTranslations } from "next-intl";
import type { KickoffStepView } from "@/lib/kickoff/snapshot";

/** A step's title: the facilitator's own, else the default in the viewer's language. */
export function useStepTitle() {
  const t = useTranslations("kickoff");
  return (step: Pick<KickoffStepView, "kind" | "title"> | undefined) => (step ? step.title || t(`steps.${step.kind}.title`) : "");
}
