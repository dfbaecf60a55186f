"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireFacilitator } from "@/lib/guards";
import { addOwnStep } from "@/lib/own-steps/add-own-step";
import { editOwnStep } from "@/lib/own-steps/edit-own-step";
import { READY_MADE_STEPS } from "@/lib/own-steps/ready-made-steps";
import { removeOwnStep } from "@/lib/own-steps/remove-own-step";
import { setDefaultStepQuestions } from "@/lib/own-steps/set-default-step-questions";
import { validatedAction } from "@/lib/validated-action";
import { ZAddReadyMadeStepInput, ZDefaultStepQuestionsInput, ZEditOwnStepInput, ZOwnStepInput, ZRemoveOwnStepInput } from "@/lib/validation/own-step";

const stepsPath = (partnershipId: string) => `/partnerships/${partnershipId}/steps`;

export const setDefaultStepQuestionsAction = validatedAction(ZDefaultStepQuestionsInput, async ({ partnershipId, kind, questions }) => {
  const { user } = await requireFacilitator(partnershipId);
  await setDefaultStepQuestions(user.id, partnershipId, kind, questions);
  revalidatePath(stepsPath(partnershipId));
  const t = await getTranslations("steps.defaults");
  return { status: "success", message: questions.length === 0 ? t("wasReset") : t("saved") };
});

export const addOwnStepAction = validatedAction(ZOwnStepInput, async ({ partnershipId, title, questions, minutes }) => {
  const { user } = await requireFacilitator(partnershipId);
  await addOwnStep(user.id, partnershipId, { title, questions, durationMinutes: minutes });
  revalidatePath(stepsPath(partnershipId));
  return { status: "success", message: (await getTranslations("steps.add"))("added") };
});

export const editOwnStepAction = validatedAction(ZEditOwnStepInput, async ({ partnershipId, ownStepId, title, questions, minutes }) => {
  const { user } = await requireFacilitator(partnershipId);
  await editOwnStep(user.id, partnershipId, ownStepId, { title, questions, durationMinutes: minutes });
  revalidatePath(stepsPath(partnershipId));
  return { status: "success", message: (await getTranslations("steps.own"))("saved") };
});

export const removeOwnStepAction = validatedAction(ZRemoveOwnStepInput, async ({ partnershipId, ownStepId }) => {
  const { user } = await requireFacilitator(partnershipId);
  await removeOwnStep(user.id, partnershipId, ownStepId);
  revalidatePath(stepsPath(partnershipId));
  return { status: "success" };
});

/** Copies a ready-made step, in the facilitator's language, into the partnership's own steps. */
export const addReadyMadeStepAction = validatedAction(ZAddReadyMadeStepInput, async ({ partnershipId, readyMade }) => {
  const { user } = await requireFacilitator(partnershipId);
  const t = await getTranslations("steps.readyMade");
  const title = t(`steps.${readyMade}.title`);
  const questions = t.raw(`steps.${readyMade}.questions`) as string[];
  const durationMinutes = READY_MADE_STEPS.find((step) => step.key === readyMade)?.durationMinutes ?? 15;
  await addOwnStep(user.id, partnershipId, { title, questions, durationMinutes });
  revalidatePath(stepsPath(partnershipId));
  return { status: "success", message: t("added", { title }) };
});
