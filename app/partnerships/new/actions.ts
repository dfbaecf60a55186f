"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/guards";
import { createPartnership } from "@/lib/partnerships/create-partnership";
import { validatedAction } from "@/lib/validated-action";
import { ZCreatePartnershipInput } from "@/lib/validation/partnership";

export const createPartnershipAction = validatedAction(ZCreatePartnershipInput, async (input) => {
  const user = await requireUser();
  const partnership = await createPartnership(input, user.id);
  redirect(`/partnerships/${partnership.id}`);
});
