import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

/** `Restore`: which earlier version of one of the user's answers becomes its text again. */
export const ZRestoreAnswerInput = z.object({ versionId: recordId });
export type RestoreAnswerInput = z.infer<typeof ZRestoreAnswerInput>;
