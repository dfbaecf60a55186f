import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { facilitatorOf } from "@/lib/memberships/member-of";

/**
 * Removes one of the partnership's own steps; facilitators only. Plans that held it lose it;
 * sessions that ran it keep their copy.
 */
export async function removeOwnStep(actorId: string, partnershipId: string, ownStepId: string) {
  await db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const { count } = await tx.ownStep.deleteMany({ where: { id: ownStepId, partnershipId } });
    if (count === 0) throw new AppError("NOT_FOUND", { message: `no own step ${ownStepId} in partnership ${partnershipId}` });
  });
}
