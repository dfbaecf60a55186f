import { z } from "zod";
import { EXTEND_MINUTES, STEP_MINUTES } from "@/lib/kickoff/steps";
import { checkbox, LIMITS, text } from "@/lib/validation/fields";

const id = z.string().trim().min(1).max(100);

export const ZPartnershipInput = z.object({ partnershipId: id });
export type PartnershipInput = z.infer<typeof ZPartnershipInput>;

export const ZMoveKickoffInput = z.object({
  partnershipId: id,
  version: z.coerce.number().int().min(1),
  to: z.enum(["next", "previous", "skip", "step"]),
  index: z.coerce.number().int().min(0).max(50).optional(),
});
export type MoveKickoffInput = z.infer<typeof ZMoveKickoffInput>;

export const ZKickoffTimerInput = z.object({
  partnershipId: id,
  action: z.enum(["start", "pause", "reset", "extend"]),
  minutes: z.coerce.number().int().min(EXTEND_MINUTES.min).max(EXTEND_MINUTES.max).optional().default(1),
});
export type KickoffTimerInput = z.infer<typeof ZKickoffTimerInput>;

export const ZEditKickoffStepInput = z.object({
  partnershipId: id,
  stepId: id,
  title: text(LIMITS.shortText),
  durationMinutes: z.coerce.number().int().min(STEP_MINUTES.min).max(STEP_MINUTES.max),
  skipped: checkbox,
});
export type EditKickoffStepInput = z.infer<typeof ZEditKickoffStepInput>;

export const ZReorderKickoffStepInput = z.object({
  partnershipId: id,
  stepId: id,
  direction: z.enum(["up", "down"]),
});
export type ReorderKickoffStepInput = z.infer<typeof ZReorderKickoffStepInput>;
