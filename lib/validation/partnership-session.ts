import { z } from "zod";
import { KICKOFF_STEP_KINDS } from "@/lib/kickoff/steps";
import { instantFromWallTime, SESSION_TIME_ZONE } from "@/lib/partnership-sessions/wall-time";
import { isRecordId, LIMITS, recordId, requiredText, stringList } from "@/lib/validation/fields";

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

function isStepKind(value: string): value is DefaultStepKind {
  return (KICKOFF_STEP_KINDS as readonly string[]).includes(value);
}

type DefaultStepKind = (typeof KICKOFF_STEP_KINDS)[number];

/** How the plan form names one of the partnership's own steps: "own:<id>". */
export const OWN_STEP_PREFIX = "own:";

/** A chosen step as the form sends it: a default step's kind, or an own step's "own:<id>". */
function stepChoice(value: string): DefaultStepKind | { ownStepId: string } | null {
  if (isStepKind(value)) return value;
  const id = value.startsWith(OWN_STEP_PREFIX) ? value.slice(OWN_STEP_PREFIX.length) : "";
  return isRecordId(id) ? { ownStepId: id } : null;
}

export const ZPlanSessionInput = z.object({
  partnershipId: recordId,
  title: requiredText(LIMITS.shortText),
  scheduledAt,
  steps: stringList
    .refine((values) => values.every((value) => stepChoice(value) !== null), { message: "invalidChoice" })
    .refine((values) => values.length > 0, { message: "chooseSteps" })
    // In the order of the form (the default steps in the seed's order, then the own steps), each once.
    .transform((values) => [...new Set(values)].map((value) => stepChoice(value)!)),
});
export type PlanSessionInput = z.infer<typeof ZPlanSessionInput>;

export const ZPlannedSessionInput = z.object({ partnershipId: recordId, plannedSessionId: recordId });
export type PlannedSessionInput = z.infer<typeof ZPlannedSessionInput>;
