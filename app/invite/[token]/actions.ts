"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/guards";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { clientAddress } from "@/lib/request-meta";
import { validatedAction } from "@/lib/validated-action";
import { ZJoinPartnershipInput } from "@/lib/validation/invitation";

export const joinPartnershipAction = validatedAction(ZJoinPartnershipInput, async (input) => {
  const user = await requireUser();
  const { partnershipId } = await redeemInvitation({
    userId: user.id,
    token: input.token,
    organisation: input.organisation,
    address: clientAddress(await headers()),
  });
  redirect(`/partnerships/${partnershipId}`);
});
