import { z } from "zod";
import { ANSWER_FIELDS, type AnswerField } from "@/lib/leadership/fields";
import { checkbox, recordId } from "@/lib/validation/fields";

export const ZRevealInput = z.object({
  partnershipId: recordId,
  field: z.enum(ANSWER_FIELDS as [AnswerField, ...AnswerField[]]),
});
export type RevealInput = z.infer<typeof ZRevealInput>;

/** Revealing also says whether the answer stays shared after the kickoff. */
export const ZRevealAnswerInput = ZRevealInput.extend({ keep: checkbox });
export type RevealAnswerInput = z.infer<typeof ZRevealAnswerInput>;
