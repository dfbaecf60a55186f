import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockRunningKickoff } from "@/lib/kickoff/lock-running-kickoff";
import { facilitatorOf } from "@/lib/memberships/member-of";
import type { EditKickoffStepInput } from "@/lib/validation/kickoff";

/**
 * Changes a step of the running kickoff's plan: its title (empty: the default title again), its
 * planned minutes, and whether it is skipped; facilitators only.
 */
export async function editKickoffStep(actorId: string, partnershipId: string, input: EditKickoffStepInput) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const session = await lockRunningKickoff(tx, partnershipId);
    const { count } = await tx.kickoffStep.updateMany({
      where: { id: input.stepId, sessionId: session.id },
      data: { title: input.title || null, durationMinutes: input.durationMinutes, skipped: input.skipped },
    });
    if (count === 0) throw new AppError("NOT_FOUND", { message: `step ${input.stepId} is not in kickoff ${session.id}` });
    await tx.kickoffSession.update({ where: { id: session.id }, data: { version: { increment: 1 } } });
  });
}
