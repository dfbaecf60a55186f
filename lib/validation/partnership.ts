import { z } from "zod";
import { isTimeZone } from "@/lib/calendar/time-zones";
import { LIMITS, recordId, requiredText, text, version } from "@/lib/validation/fields";

export { recordId };

export const ZCreatePartnershipInput = z.object({
  name: requiredText(LIMITS.shortText),
  commonGoal: requiredText(LIMITS.goal),
  desiredImpact: requiredText(LIMITS.goal),
  description: text(LIMITS.goal).optional().default(""),
});
export type CreatePartnershipInput = z.infer<typeof ZCreatePartnershipInput>;

/** An edit names the version it was made from, so that a save in between is noticed. */
export const ZUpdatePartnershipInput = ZCreatePartnershipInput.extend({
  partnershipId: recordId,
  version,
});
export type UpdatePartnershipInput = z.infer<typeof ZUpdatePartnershipInput>;

export const ZNeedInput = z.object({
  title: requiredText(LIMITS.shortText),
  description: text(LIMITS.goal).optional().default(""),
});
export type NeedInput = z.infer<typeof ZNeedInput>;

export const ZAddNeedInput = ZNeedInput.extend({ partnershipId: recordId });
export type AddNeedInput = z.infer<typeof ZAddNeedInput>;

export const ZMoveNeedInput = z.object({
  partnershipId: recordId,
  needId: recordId,
  direction: z.enum(["up", "down"]),
});
export type MoveNeedInput = z.infer<typeof ZMoveNeedInput>;

export const ZRemoveNeedInput = z.object({ partnershipId: recordId, needId: recordId });
export type RemoveNeedInput = z.infer<typeof ZRemoveNeedInput>;

/** A partnership's time zone: one of the offered IANA names. */
export const ZPartnershipTimeZoneInput = z.object({
  partnershipId: recordId,
  timeZone: z.string().trim().refine(isTimeZone, { message: "invalidChoice" }),
});
export type PartnershipTimeZoneInput = z.infer<typeof ZPartnershipTimeZoneInput>;
