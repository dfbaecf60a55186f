"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action-state";
import { addAgreement } from "@/lib/agreements/add-agreement";
import { editAgreement } from "@/lib/agreements/edit-agreement";
import { removeAgreement } from "@/lib/agreements/remove-agreement";
import { isAppError } from "@/lib/errors";
import { requireFacilitator, requireMember } from "@/lib/guards";
import { controlKickoffTimer } from "@/lib/kickoff/control-kickoff-timer";
import { editKickoffStep } from "@/lib/kickoff/edit-kickoff-step";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import { moveKickoff } from "@/lib/kickoff/move-kickoff";
import { reorderKickoffStep } from "@/lib/kickoff/reorder-kickoff-step";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { hideAnswer } from "@/lib/reveals/hide-answer";
import { revealAnswer } from "@/lib/reveals/reveal-answer";
import { validatedAction } from "@/lib/validated-action";
import { ZAddAgreementInput, ZEditAgreementInput, ZRemoveAgreementInput } from "@/lib/validation/agreement";
import {
  ZEditKickoffStepInput,
  ZKickoffTimerInput,
  ZMoveKickoffInput,
  ZPartnershipInput,
  ZReorderKickoffStepInput,
} from "@/lib/validation/kickoff";
import { ZRevealAnswerInput, ZRevealInput } from "@/lib/validation/reveal";

/** The kickoff as it is now, for the acting browser to show at once (others follow the feed). */
async function withFeed(userId: string, partnershipId: string, state: ActionState = { status: "success" }): Promise<ActionState> {
  return { ...state, data: { feed: await getKickoffFeed(userId, partnershipId) } };
}

/** Pages that show agreements or reveals are rendered again for the acting browser. */
function refreshPartnership(partnershipId: string) {
  revalidatePath(`/partnerships/${partnershipId}`, "layout");
}

export const startKickoffAction = validatedAction(ZPartnershipInput, async ({ partnershipId }) => {
  const { user } = await requireFacilitator(partnershipId);
  await startKickoff(user.id, partnershipId);
  redirect(`/partnerships/${partnershipId}/kickoff`);
});

export const moveKickoffAction = validatedAction(ZMoveKickoffInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  const move = input.to === "step" ? { to: input.to, index: input.index } : { to: input.to };
  try {
    await moveKickoff(user.id, input.partnershipId, { ...move, version: input.version });
  } catch (error) {
    // No step further (a key pressed at the end): nothing happens, the screen already shows it.
    if (isAppError(error, "INVALID")) return withFeed(user.id, input.partnershipId, { status: "idle" });
    // Another facilitator moved first: show where the session is rather than moving again.
    if (!isAppError(error, "CONFLICT")) throw error;
    const t = await getTranslations("kickoff");
    return withFeed(user.id, input.partnershipId, { status: "error", message: t("controls.moved") });
  }
  return withFeed(user.id, input.partnershipId);
});

export const kickoffTimerAction = validatedAction(ZKickoffTimerInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await controlKickoffTimer(
    user.id,
    input.partnershipId,
    input.action === "extend" ? { action: "extend", minutes: input.minutes } : { action: input.action },
  );
  return withFeed(user.id, input.partnershipId);
});

export const endKickoffAction = validatedAction(ZPartnershipInput, async ({ partnershipId }) => {
  const { user } = await requireFacilitator(partnershipId);
  await endKickoff(user.id, partnershipId);
  return withFeed(user.id, partnershipId);
});

export const editKickoffStepAction = validatedAction(ZEditKickoffStepInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await editKickoffStep(user.id, input.partnershipId, input);
  return withFeed(user.id, input.partnershipId, { status: "success", message: (await getTranslations("errors"))("saved") });
});

export const reorderKickoffStepAction = validatedAction(ZReorderKickoffStepInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await reorderKickoffStep(user.id, input.partnershipId, input);
  return withFeed(user.id, input.partnershipId);
});

export const addAgreementAction = validatedAction(ZAddAgreementInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await addAgreement(user.id, input.partnershipId, input.text);
  refreshPartnership(input.partnershipId);
  return { status: "success", message: (await getTranslations("kickoff"))("agreements.added") };
});

export const editAgreementAction = validatedAction(ZEditAgreementInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await editAgreement(user.id, input.partnershipId, input);
  refreshPartnership(input.partnershipId);
});

export const removeAgreementAction = validatedAction(ZRemoveAgreementInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await removeAgreement(user.id, input.partnershipId, input.agreementId);
  refreshPartnership(input.partnershipId);
  return { status: "success" };
});

export const revealAnswerAction = validatedAction(ZRevealAnswerInput, async (input) => {
  const { user } = await requireMember(input.partnershipId);
  await revealAnswer(user.id, input.partnershipId, input.field, { keep: input.keep });
  refreshPartnership(input.partnershipId);
  return { status: "success" };
});

export const hideAnswerAction = validatedAction(ZRevealInput, async (input) => {
  const { user } = await requireMember(input.partnershipId);
  await hideAnswer(user.id, input.partnershipId, input.field);
  refreshPartnership(input.partnershipId);
  return { status: "success" };
});
