import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { KickoffStepKind } from "@/lib/generated/prisma/enums";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { notifySessionPlanned } from "@/lib/partnership-sessions/notify-session-planned";

/** A step of the plan: a default step by its kind, or one of the partnership's own steps. */
export type PlannedStepChoice = Exclude<KickoffStepKind, "OWN"> | { ownStepId: string };

/**
 * Plans a session of the partnership; facilitators only. Its steps run in the order given; own
 * steps must be the partnership's. `timeZone` is the zone the time was read in (the form's):
 * refused when the partnership's zone changed meanwhile. The other members are told, each by
 * their preference (an email with the time and a calendar file, by default).
 */
export async function planSession(actorId: string, partnershipId: string, plan: { title: string; scheduledAt: Date; steps: PlannedStepChoice[]; timeZone?: string }) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    if (plan.timeZone !== undefined) {
      const { timeZone } = await tx.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { timeZone: true } });
      if (timeZone !== plan.timeZone) throw new AppError("TIME_ZONE_CHANGED", { field: "scheduledAt", params: { zone: timeZone }, message: `partnership ${partnershipId} is now in ${timeZone}` });
    }
    const ownIds = plan.steps.flatMap((step) => (typeof step === "string" ? [] : [step.ownStepId]));
    const found = ownIds.length === 0 ? 0 : await tx.ownStep.count({ where: { partnershipId, id: { in: ownIds } } });
    if (found !== new Set(ownIds).size) {
      throw new AppError("INVALID", { field: "steps", message: `own steps ${ownIds.join(",")} are not all in partnership ${partnershipId}` });
    }
    const planned = await tx.plannedSession.create({
      data: {
        partnershipId,
        title: plan.title,
        scheduledAt: plan.scheduledAt,
        createdById: actorId,
        steps: {
          create: plan.steps.map((step, position) =>
            typeof step === "string" ? { position, kind: step } : { position, kind: "OWN" as const, ownStepId: step.ownStepId },
          ),
        },
      },
      select: { id: true },
    });
    await notifySessionPlanned(tx, { actorId, plannedSessionId: planned.id });
    return planned;
  });
}
