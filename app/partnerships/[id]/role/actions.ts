"use server";

import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/guards";
import { saveMyRole } from "@/lib/memberships/save-my-role";
import { validatedAction } from "@/lib/validated-action";
import { ZSaveMyRoleInput } from "@/lib/validation/role";

export const saveMyRoleAction = validatedAction(ZSaveMyRoleInput, async (input) => {
  const { user } = await requireMember(input.partnershipId);
  await saveMyRole(user.id, input);
  revalidatePath(`/partnerships/${input.partnershipId}`, "layout");
});
