"use client";

import { useTranslations } from "next-intl";
import type { KickoffSnapshot, KickoffStepView } from "@/lib/kickoff/snapshot";

/** A step's title: the facilitator's own, else the default in the viewer's language. */
export function useStepTitle() {
  const t = useTranslations("kickoff");
  return (step: Pick<KickoffStepView, "kind" | "title"> | undefined) => (step ? step.title || t(`steps.${step.kind}.title`) : "");
}

/**
 * A step's reflection questions: the partnership's own as the session started with them, else the
 * step's default questions in the viewer's language.
 */
export function useStepQuestions() {
  const t = useTranslations("kickoff");
  return (step: Pick<KickoffStepView, "kind" | "questions">): string[] => {
    if (step.questions.length > 0) return step.questions;
    const raw: unknown = t.raw(`steps.${step.kind}.questions`);
    return Array.isArray(raw) ? raw.filter((question): question is string => typeof question === "string") : [];
  };
}

/**
 * Words that name the running session: the kickoff's own (`End kickoff`) for the kickoff, plain
 * "session" words for any other session.
 */
export function useSessionWords() {
  const t = useTranslations("kickoff");
  return (session: Pick<KickoffSnapshot, "title"> | null | undefined) => {
    const kickoff = !session || session.title === null;
    return {
      end: kickoff ? t("controls.end") : t("session.end"),
      endConfirm: kickoff ? t("controls.endConfirm") : t("session.endConfirm"),
      ended: kickoff ? t("ended.title") : t("session.ended"),
      endedText: kickoff ? t("ended.text") : t("session.endedText"),
      announceEnded: kickoff ? t("announce.ended") : t("session.ended"),
      stepsLabel: kickoff ? t("stepsLabel") : t("session.stepsLabel"),
    };
  };
}
