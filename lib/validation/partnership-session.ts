import { z } from "zod";
import { isTimeZone } from "@/lib/calendar/time-zones";
import { KICKOFF_STEP_KINDS } from "@/lib/kickoff/steps";
import { instantFromWallTime } from "@/lib/partnership-sessions/wall-time";
import { isRecordId, LIMITS, recordId, requiredText, stringList } from "@/lib/validation/fields";

/** How far ahead a session can be planned. */
const PLAN_AHEAD_DAYS = 5 * 366;

/**
 * The instant a clock in `timeZone` shows at `wall` (as the form's datetime-local input sends it),
 * or the issue with it: it must lie in the future (within a few years).
 */
function plannedInstant(wall: string, timeZone: string): Date | "invalidDateTime" | "notInFuture" | "tooFarAhead" {
  const instant = instantFromWallTime(wall, timeZone);
  if (!instant) return "invalidDateTime";
  const now = Date.now();
  if (instant.getTime() <= now) return "notInFuture";
  if (instant.getTime() > now + PLAN_AHEAD_DAYS * 86_400_000) return "tooFarAhead";
  return instant;
}

/** A form whose time and zone are well-formed, whatever else is wrong with it. */
function readable(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { scheduledAt, timeZone } = value as Record<string, unknown>;
  return typeof scheduledAt === "string" && typeof timeZone === "string" && isTimeZone(timeZone.trim()) && instantFromWallTime(scheduledAt.trim(), "UTC") !== null;
}

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

export const ZPlanSessionInput = z
  .object({
    partnershipId: recordId,
    title: requiredText(LIMITS.shortText),
    /** Read in `timeZone`, the partnership's zone the form was shown in (the domain checks it still is). */
    scheduledAt: z
      .string()
      .trim()
      .refine((wall) => instantFromWallTime(wall, "UTC") !== null, { message: "invalidDateTime" }),
    timeZone: z.string().trim().refine(isTimeZone, { message: "invalidChoice" }),
    steps: stringList
      .refine((values) => values.every((value) => stepChoice(value) !== null), { message: "invalidChoice" })
      .refine((values) => values.length > 0, { message: "chooseSteps" })
      // In the order of the form (the default steps in the seed's order, then the own steps), each once.
      .transform((values) => [...new Set(values)].map((value) => stepChoice(value)!)),
  })
  // Whether the time lies ahead is checked even when other fields are wrong, so that every
  // message shows at once; it needs a well-formed time and a known zone.
  .superRefine(
    (plan, context) => {
      const instant = plannedInstant(plan.scheduledAt.trim(), plan.timeZone.trim());
      if (typeof instant === "string") context.addIssue({ code: "custom", message: instant, path: ["scheduledAt"] });
    },
    { when: ({ value }) => readable(value) },
  )
  .transform(({ scheduledAt, ...plan }) => ({ ...plan, scheduledAt: instantFromWallTime(scheduledAt, plan.timeZone)! }));
export type PlanSessionInput = z.infer<typeof ZPlanSessionInput>;

export const ZPlannedSessionInput = z.object({ partnershipId: recordId, plannedSessionId: recordId });
export type PlannedSessionInput = z.infer<typeof ZPlannedSessionInput>;
