import "server-only";
import { db } from "@/lib/db";
import { facilitatorOf } from "@/lib/memberships/member-of";

export type OwnStepContent = { title: string; questions: string[]; durationMinutes: number };

/** Adds a step of the partnership's own; facilitators only. */
export async function addOwnStep(actorId: string, partnershipId: string, step: OwnStepContent) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    return tx.ownStep.create({ data: { partnershipId, ...step, createdById: actorId }, select: { id: true } });
  });
}
