import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { KickoffStepKind } from "@/lib/generated/prisma/enums";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { notifySessionPlanned } from "@/lib/partnership-sessions/notify-session-planned";

/**
 * Plans a session of the partnership; facilitators only. `timeZone` is the zone the time was read
 * in (the form's): refused when the partnership's zone changed meanwhile. The other members are
 * told, each by their preference (an email with the time and a calendar file, by default).
 */
export async function planSession(actorId: string, partnershipId: string, plan: { title: string; scheduledAt: Date; steps: KickoffStepKind[]; timeZone?: string }) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    if (plan.timeZone !== undefined) {
      const { timeZone } = await tx.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { timeZone: true } });
      if (timeZone !== plan.timeZone) throw new AppError("TIME_ZONE_CHANGED", { field: "scheduledAt", params: { zone: timeZone }, message: `partnership ${partnershipId} is now in ${timeZone}` });
    }
    const planned = await tx.plannedSession.create({
      data: { partnershipId, title: plan.title, scheduledAt: plan.scheduledAt, stepKinds: plan.steps, createdById: actorId },
      select: { id: true },
    });
    await notifySessionPlanned(tx, { actorId, plannedSessionId: planned.id });
    return planned;
  });
}
