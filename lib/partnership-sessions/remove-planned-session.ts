import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { facilitatorOf } from "@/lib/memberships/member-of";

/** Takes a planned session off the plan; facilitators only. */
export async function removePlannedSession(actorId: string, partnershipId: string, plannedSessionId: string) {
  await db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const { count } = await tx.plannedSession.deleteMany({ where: { id: plannedSessionId, partnershipId } });
    if (count === 0) throw new AppError("NOT_FOUND", { message: `no planned session ${plannedSessionId} in partnership ${partnershipId}` });
  });
}
