import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockRunningKickoff } from "@/lib/kickoff/lock-running-kickoff";
import { neighbourStep } from "@/lib/kickoff/step-navigation";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

export type KickoffMove = { to: "next" | "previous" | "skip" } | { to: "step"; index: number };

/**
 * Moves the running kickoff to another step; facilitators only. `version` is the session's version
 * the facilitator saw: when it has changed since (someone else moved on first), the move is
 * refused with CONFLICT instead of moving a second time. The new step's timer starts at zero.
 * Skipping marks the current step as skipped and moves on.
 */
export async function moveKickoff(actorId: string, partnershipId: string, move: KickoffMove & { version: number }) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const session = await lockRunningKickoff(tx, partnershipId);
    if (session.version !== move.version) {
      throw new AppError("CONFLICT", { message: `kickoff ${session.id} is at version ${session.version}, not ${move.version}` });
    }
    const target = targetOf(session.steps, session.currentStep, move);
    if (target === null) throw new AppError("INVALID", { message: `no step to move to (${move.to}) from ${session.currentStep}` });

    const current = session.steps[session.currentStep];
    if (move.to === "skip" && current) await tx.kickoffStep.update({ where: { id: current.id }, data: { skipped: true } });
    const destination = session.steps[target];
    // Going to a skipped step on purpose takes it back into the session.
    if (move.to === "step" && destination?.skipped) await tx.kickoffStep.update({ where: { id: destination.id }, data: { skipped: false } });

    const updated = await tx.kickoffSession.update({
      where: { id: session.id },
      data: { currentStep: target, timerStartedAt: null, timerElapsedMs: 0, version: { increment: 1 } },
      select: { currentStep: true, version: true },
    });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
    return updated;
  });
}

function targetOf(steps: { skipped: boolean }[], current: number, move: KickoffMove): number | null {
  switch (move.to) {
    case "next":
    case "skip":
      return neighbourStep(steps, current, 1);
    case "previous":
      return neighbourStep(steps, current, -1);
    case "step":
      return move.index >= 0 && move.index < steps.length && move.index !== current ? move.index : null;
  }
}
