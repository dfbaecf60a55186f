import { z } from "zod";
import { EXTEND_MINUTES, STEP_MINUTES } from "@/lib/kickoff/steps";
import { checkbox, LIMITS, recordId, text, version } from "@/lib/validation/fields";

export const ZPartnershipInput = z.object({ partnershipId: recordId });
export type PartnershipInput = z.infer<typeof ZPartnershipInput>;

/** Next, previous or skip; or straight to a step, which then says which. */
export const ZMoveKickoffInput = z.discriminatedUnion("to", [
  z.object({ partnershipId: recordId, version, to: z.enum(["next", "previous", "skip"]) }),
  z.object({ partnershipId: recordId, version, to: z.literal("step"), index: z.coerce.number().int().min(0).max(50) }),
]);
export type MoveKickoffInput = z.infer<typeof ZMoveKickoffInput>;

export const ZKickoffTimerInput = z.object({
  partnershipId: recordId,
  action: z.enum(["start", "pause", "reset", "extend"]),
  minutes: z.coerce.number().int().min(EXTEND_MINUTES.min).max(EXTEND_MINUTES.max).optional().default(1),
});
export type KickoffTimerInput = z.infer<typeof ZKickoffTimerInput>;

export const ZEditKickoffStepInput = z.object({
  partnershipId: recordId,
  stepId: recordId,
  title: text(LIMITS.shortText),
  durationMinutes: z.coerce.number().int().min(STEP_MINUTES.min).max(STEP_MINUTES.max),
  skipped: checkbox,
});
export type EditKickoffStepInput = z.infer<typeof ZEditKickoffStepInput>;

export const ZReorderKickoffStepInput = z.object({
  partnershipId: recordId,
  stepId: recordId,
  direction: z.enum(["up", "down"]),
});
export type ReorderKickoffStepInput = z.infer<typeof ZReorderKickoffStepInput>;
