"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action-state";
import { requireFacilitator } from "@/lib/guards";
import { addNeed } from "@/lib/partnerships/add-need";
import { moveNeed } from "@/lib/partnerships/move-need";
import { removeNeed } from "@/lib/partnerships/remove-need";
import { setPartnershipTimeZone } from "@/lib/partnerships/set-partnership-time-zone";
import { updatePartnership } from "@/lib/partnerships/update-partnership";
import { validatedAction } from "@/lib/validated-action";
import { ZAddNeedInput, ZMoveNeedInput, ZPartnershipTimeZoneInput, ZRemoveNeedInput, ZUpdatePartnershipInput } from "@/lib/validation/partnership";

function refresh(partnershipId: string) {
  revalidatePath(`/partnerships/${partnershipId}`, "layout");
}

export const updatePartnershipAction = validatedAction(ZUpdatePartnershipInput, async (input): Promise<ActionState> => {
  const { user } = await requireFacilitator(input.partnershipId);
  const result = await updatePartnership(user.id, input);
  const t = await getTranslations("errors");
  if (result.status === "conflict") {
    const { name, commonGoal, desiredImpact, description } = input;
    return { status: "error", message: t("CONFLICT"), values: { name, commonGoal, desiredImpact, description }, data: { theirs: result.theirs } };
  }
  refresh(input.partnershipId);
  return { status: "success", message: t("saved") };
});

export const addNeedAction = validatedAction(ZAddNeedInput, async (input): Promise<ActionState> => {
  const { user } = await requireFacilitator(input.partnershipId);
  const need = await addNeed(user.id, input.partnershipId, { title: input.title, description: input.description });
  refresh(input.partnershipId);
  return { status: "success", message: (await getTranslations("partnerships"))("needAdded", { title: need.title }) };
});

export const moveNeedAction = validatedAction(ZMoveNeedInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await moveNeed(user.id, input.partnershipId, input.needId, input.direction);
  refresh(input.partnershipId);
});

export const removeNeedAction = validatedAction(ZRemoveNeedInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await removeNeed(user.id, input.partnershipId, input.needId);
  refresh(input.partnershipId);
});

export const setTimeZoneAction = validatedAction(ZPartnershipTimeZoneInput, async ({ partnershipId, timeZone }) => {
  const { user } = await requireFacilitator(partnershipId);
  await setPartnershipTimeZone(user.id, partnershipId, timeZone);
  refresh(partnershipId);
});
