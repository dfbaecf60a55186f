import { z } from "zod";
import { ANSWER_FIELDS, type AnswerField } from "@/lib/leadership/fields";
import { recordId } from "@/lib/validation/fields";

export const ZRevealInput = z.object({
  partnershipId: recordId,
  field: z.enum(ANSWER_FIELDS as [AnswerField, ...AnswerField[]]),
});
export type RevealInput = z.infer<typeof ZRevealInput>;
