"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action-state";
import { requireFacilitator } from "@/lib/guards";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { inviteUrl } from "@/lib/invitations/invite-url";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { validatedAction } from "@/lib/validated-action";
import { ZCreateInvitationInput, ZRevokeInvitationInput } from "@/lib/validation/invitation";

export const createInvitationAction = validatedAction(ZCreateInvitationInput, async (input): Promise<ActionState> => {
  const { user } = await requireFacilitator(input.partnershipId);
  const { token } = await createInvitation(user.id, input.partnershipId, { maxUses: input.maxUses, expiresInDays: input.expiresInDays });
  revalidatePath(`/partnerships/${input.partnershipId}/edit`);
  // The link is returned to this facilitator once; it is not stored and cannot be shown again.
  return { status: "success", message: (await getTranslations("invitations"))("created"), data: { url: inviteUrl(token, await headers()) } };
});

export const revokeInvitationAction = validatedAction(ZRevokeInvitationInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await revokeInvitation(user.id, input.partnershipId, input.invitationId);
  revalidatePath(`/partnerships/${input.partnershipId}/edit`);
});
