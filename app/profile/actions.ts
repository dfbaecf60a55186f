"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action-state";
import { requireMember, requireUser } from "@/lib/guards";
import { saveMission } from "@/lib/missions/save-mission";
import { asFormValues } from "@/lib/profiles/as-form-values";
import { saveProfile } from "@/lib/profiles/save-profile";
import { hideAnswer } from "@/lib/reveals/hide-answer";
import { validatedAction } from "@/lib/validated-action";
import { ZSaveMissionInput, ZSaveProfileInput, type SaveMissionInput, type SaveProfileInput } from "@/lib/validation/profile";
import { ZRevealInput } from "@/lib/validation/reveal";

type Outcome = Awaited<ReturnType<typeof saveProfile>> | Awaited<ReturnType<typeof saveMission>>;

/** Saved: the new version for the form. Refused: the typed text back, beside the version stored meanwhile. */
async function settle(outcome: Outcome, input: SaveProfileInput | SaveMissionInput): Promise<ActionState> {
  if (outcome.status === "conflict") {
    const { version, ...current } = outcome.current;
    const t = await getTranslations("profile");
    return { status: "error", message: t("conflict"), values: asFormValues(input), data: { version, conflict: asFormValues(current) } };
  }
  revalidatePath("/profile");
  const t = await getTranslations("errors");
  return { status: "success", message: t("saved"), values: asFormValues(input), data: { version: outcome.version } };
}

export const saveProfileAction = validatedAction(ZSaveProfileInput, async (input) => {
  const user = await requireUser();
  return settle(await saveProfile(user.id, input), input);
});

export const saveMissionAction = validatedAction(ZSaveMissionInput, async (input) => {
  const user = await requireUser();
  return settle(await saveMission(user.id, input), input);
});

/** Hides a revealed answer in one partnership, from the profile's list of where answers are revealed. */
export const hideRevealedAnswerAction = validatedAction(ZRevealInput, async (input) => {
  const { user } = await requireMember(input.partnershipId);
  await hideAnswer(user.id, input.partnershipId, input.field);
  revalidatePath("/profile");
  revalidatePath(`/partnerships/${input.partnershipId}`, "layout");
  return { status: "success" };
});
