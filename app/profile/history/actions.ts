"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/guards";
import { restoreAnswerVersion } from "@/lib/history/restore-answer-version";
import { validatedAction } from "@/lib/validated-action";
import { ZRestoreAnswerInput } from "@/lib/validation/history";

/** Makes an earlier text of one of the signed-in user's answers current again, and says so. */
export const restoreAnswerVersionAction = validatedAction(ZRestoreAnswerInput, async (input) => {
  const user = await requireUser();
  const { field } = await restoreAnswerVersion(user.id, input.versionId);
  revalidatePath("/profile");
  redirect(`/profile/history?restored=${field}`);
});
