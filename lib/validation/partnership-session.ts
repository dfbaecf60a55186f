import { z } from "zod";
import type { KickoffStepKind } from "@/lib/generated/prisma/enums";
import { KICKOFF_STEP_KINDS } from "@/lib/kickoff/steps";
import { instantFromWallTime, SESSION_TIME_ZONE } from "@/lib/partnership-sessions/wall-time";
import { LIMITS, recordId, requiredText, stringList } from "@/lib/validation/fields";

/** How far ahead a session can be planned. */
const PLAN_AHEAD_DAYS = 5 * 366;

/**
 * A date and time as the form's datetime-local input sends it, read in the partnership's time
 * zone; it must lie in the future (within a few years).
 */
const scheduledAt = z
  .string()
  .trim()
  .min(1)
  .transform((wall, context) => {
    const instant = instantFromWallTime(wall, SESSION_TIME_ZONE);
    if (!instant) {
      context.addIssue({ code: "custom", message: "invalidDateTime" });
      return z.NEVER;
    }
    const now = Date.now();
    if (instant.getTime() <= now) {
      context.addIssue({ code: "custom", message: "notInFuture" });
      return z.NEVER;
    }
    if (instant.getTime() > now + PLAN_AHEAD_DAYS * 86_400_000) {
      context.addIssue({ code: "custom", message: "tooFarAhead" });
      return z.NEVER;
    }
    return instant;
  });

function isStepKind(value: string): value is KickoffStepKind {
  return (KICKOFF_STEP_KINDS as readonly string[]).includes(value);
}

export const ZPlanSessionInput = z.object({
  partnershipId: recordId,
  title: requiredText(LIMITS.shortText),
  scheduledAt,
  steps: stringList
    .refine((kinds) => kinds.every((kind) => isStepKind(kind)), { message: "invalidChoice" })
    .refine((kinds) => kinds.length > 0, { message: "chooseSteps" })
    // In the order of the seed, each step once.
    .transform((kinds) => KICKOFF_STEP_KINDS.filter((kind) => kinds.includes(kind))),
});
export type PlanSessionInput = z.infer<typeof ZPlanSessionInput>;

export const ZPlannedSessionInput = z.object({ partnershipId: recordId, plannedSessionId: recordId });
export type PlannedSessionInput = z.infer<typeof ZPlannedSessionInput>;
