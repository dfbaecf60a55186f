"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action-state";
import { requireFacilitator, requireMember } from "@/lib/guards";
import { changeMemberRole } from "@/lib/memberships/change-member-role";
import { leavePartnership } from "@/lib/memberships/leave-partnership";
import { removeMember } from "@/lib/memberships/remove-member";
import { setMyOrganisation } from "@/lib/memberships/set-my-organisation";
import { validatedAction } from "@/lib/validated-action";
import { ZChangeMemberRoleInput, ZLeavePartnershipInput, ZRemoveMemberInput, ZSetOrganisationInput } from "@/lib/validation/membership";

function refresh(partnershipId: string) {
  revalidatePath(`/partnerships/${partnershipId}`, "layout");
}

export const changeMemberRoleAction = validatedAction(ZChangeMemberRoleInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await changeMemberRole(user.id, input.partnershipId, input.membershipId, input.role);
  refresh(input.partnershipId);
});

export const removeMemberAction = validatedAction(ZRemoveMemberInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await removeMember(user.id, input.partnershipId, input.membershipId);
  refresh(input.partnershipId);
});

export const leavePartnershipAction = validatedAction(ZLeavePartnershipInput, async (input) => {
  const { user } = await requireMember(input.partnershipId);
  await leavePartnership(user.id, input.partnershipId);
  redirect("/");
});

export const setOrganisationAction = validatedAction(ZSetOrganisationInput, async (input): Promise<ActionState> => {
  const { user } = await requireMember(input.partnershipId);
  await setMyOrganisation(user.id, input.partnershipId, input.organisation);
  refresh(input.partnershipId);
  return { status: "success", message: (await getTranslations("members"))("saved") };
});
