import { z } from "zod";
import type { KickoffStepKind } from "@/lib/generated/prisma/enums";
import { isTimeZone } from "@/lib/calendar/time-zones";
import { KICKOFF_STEP_KINDS } from "@/lib/kickoff/steps";
import { instantFromWallTime } from "@/lib/partnership-sessions/wall-time";
import { LIMITS, recordId, requiredText, stringList } from "@/lib/validation/fields";

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

function isStepKind(value: string): value is KickoffStepKind {
  return (KICKOFF_STEP_KINDS as readonly string[]).includes(value);
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
      .refine((kinds) => kinds.every((kind) => isStepKind(kind)), { message: "invalidChoice" })
      .refine((kinds) => kinds.length > 0, { message: "chooseSteps" })
      // In the order of the seed, each step once.
      .transform((kinds) => KICKOFF_STEP_KINDS.filter((kind) => kinds.includes(kind))),
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
