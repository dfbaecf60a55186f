"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action-state";
import { isAppError } from "@/lib/errors";
import { requireUser } from "@/lib/guards";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { clientAddress } from "@/lib/request-meta";
import { validatedAction } from "@/lib/validated-action";
import { ZJoinPartnershipInput } from "@/lib/validation/invitation";

export const joinPartnershipAction = validatedAction(ZJoinPartnershipInput, async (input): Promise<ActionState | void> => {
  const user = await requireUser();
  let partnershipId: string;
  try {
    ({ partnershipId } = await redeemInvitation({
      userId: user.id,
      token: input.token,
      organisation: input.organisation,
      address: clientAddress(await headers()),
    }));
  } catch (error) {
    // A personal invitation for another address: say whose, masked, rather than a generic refusal.
    if (isAppError(error, "FORBIDDEN") && typeof error.params.maskedEmail === "string") {
      const t = await getTranslations("invitations");
      return { status: "error", message: t("otherAddressText", { email: error.params.maskedEmail }), values: { organisation: input.organisation } };
    }
    throw error;
  }
  redirect(`/partnerships/${partnershipId}`);
});
