import { z } from "zod";
import { LIMITS, requiredText, text } from "@/lib/validation/fields";

export const ZCreatePartnershipInput = z.object({
  name: requiredText(LIMITS.shortText),
  commonGoal: requiredText(LIMITS.goal),
  desiredImpact: requiredText(LIMITS.goal),
  description: text(LIMITS.goal).optional().default(""),
});
export type CreatePartnershipInput = z.infer<typeof ZCreatePartnershipInput>;

export const ZNeedInput = z.object({
  title: requiredText(LIMITS.shortText),
  description: text(LIMITS.goal).optional().default(""),
});
export type NeedInput = z.infer<typeof ZNeedInput>;
