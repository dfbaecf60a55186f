import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OwnStepContent } from "@/lib/own-steps/add-own-step";
import { facilitatorOf } from "@/lib/memberships/member-of";

/**
 * Changes one of the partnership's own steps; facilitators only. Plans that hold it run it as it
 * is when they start; sessions that started already keep what they started with.
 */
export async function editOwnStep(actorId: string, partnershipId: string, ownStepId: string, step: OwnStepContent) {
  await db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const { count } = await tx.ownStep.updateMany({ where: { id: ownStepId, partnershipId }, data: step });
    if (count === 0) throw new AppError("NOT_FOUND", { message: `no own step ${ownStepId} in partnership ${partnershipId}` });
  });
}
