import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockRunningKickoff } from "@/lib/kickoff/lock-running-kickoff";
import { facilitatorOf } from "@/lib/memberships/member-of";

/**
 * Moves a step one place earlier or later in the running kickoff; facilitators only. The session
 * stays on the step it was on, wherever that step now is.
 */
export async function reorderKickoffStep(actorId: string, partnershipId: string, input: { stepId: string; direction: "up" | "down" }) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const session = await lockRunningKickoff(tx, partnershipId);
    const from = session.steps.findIndex((step) => step.id === input.stepId);
    if (from === -1) throw new AppError("NOT_FOUND", { message: `step ${input.stepId} is not in kickoff ${session.id}` });
    const to = input.direction === "up" ? from - 1 : from + 1;
    const moving = session.steps[from];
    const other = session.steps[to];
    if (!moving || !other) return;

    await tx.kickoffStep.update({ where: { id: moving.id }, data: { position: to } });
    await tx.kickoffStep.update({ where: { id: other.id }, data: { position: from } });
    const currentStep = session.currentStep === from ? to : session.currentStep === to ? from : session.currentStep;
    await tx.kickoffSession.update({ where: { id: session.id }, data: { currentStep, version: { increment: 1 } } });
  });
}
