import "server-only";
import { db } from "@/lib/db";
import type { KickoffStepKind } from "@/lib/generated/prisma/enums";
import { facilitatorOf } from "@/lib/memberships/member-of";

/** Plans a session of the partnership; facilitators only. */
export async function planSession(actorId: string, partnershipId: string, plan: { title: string; scheduledAt: Date; steps: KickoffStepKind[] }) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    return tx.plannedSession.create({
      data: { partnershipId, title: plan.title, scheduledAt: plan.scheduledAt, stepKinds: plan.steps, createdById: actorId },
      select: { id: true },
    });
  });
}
