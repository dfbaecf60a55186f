import { z } from "zod";
import { ANSWER_FIELDS, type AnswerField } from "@/lib/leadership/fields";

export const ZRevealInput = z.object({
  partnershipId: z.string().trim().min(1).max(100),
  field: z.enum(ANSWER_FIELDS as [AnswerField, ...AnswerField[]]),
});
export type RevealInput = z.infer<typeof ZRevealInput>;
