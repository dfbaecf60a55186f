"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireFacilitator } from "@/lib/guards";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { removePlannedSession } from "@/lib/partnership-sessions/remove-planned-session";
import { startPlannedSession } from "@/lib/partnership-sessions/start-planned-session";
import { validatedAction } from "@/lib/validated-action";
import { ZPlannedSessionInput, ZPlanSessionInput } from "@/lib/validation/partnership-session";

export const planSessionAction = validatedAction(ZPlanSessionInput, async ({ partnershipId, ...plan }) => {
  const { user } = await requireFacilitator(partnershipId);
  await planSession(user.id, partnershipId, plan);
  revalidatePath(`/partnerships/${partnershipId}/sessions`);
  redirect(`/partnerships/${partnershipId}/sessions`);
});

export const startPlannedSessionAction = validatedAction(ZPlannedSessionInput, async ({ partnershipId, plannedSessionId }) => {
  const { user } = await requireFacilitator(partnershipId);
  await startPlannedSession(user.id, partnershipId, plannedSessionId);
  revalidatePath(`/partnerships/${partnershipId}`, "layout");
  redirect(`/partnerships/${partnershipId}/kickoff`);
});

export const removePlannedSessionAction = validatedAction(ZPlannedSessionInput, async ({ partnershipId, plannedSessionId }) => {
  const { user } = await requireFacilitator(partnershipId);
  await removePlannedSession(user.id, partnershipId, plannedSessionId);
  revalidatePath(`/partnerships/${partnershipId}/sessions`);
  return { status: "success" };
});
