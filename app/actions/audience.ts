"use server";

import { revalidatePath } from "next/cache";
import { markAudienceNoticesSeen } from "@/lib/audience/mark-audience-notices-seen";
import { requireUser } from "@/lib/guards";
import { validatedAction } from "@/lib/validated-action";
import { ZDismissAudienceNoticesInput } from "@/lib/validation/audience";

/** "Got it" on the notice of new readers: the signed-in user's own notices only. */
export const dismissAudienceNoticesAction = validatedAction(ZDismissAudienceNoticesInput, async (input) => {
  const user = await requireUser();
  await markAudienceNoticesSeen(user.id, input.noticeIds);
  // The notice is part of every page: the page shown is rendered again without it.
  revalidatePath("/", "layout");
});
