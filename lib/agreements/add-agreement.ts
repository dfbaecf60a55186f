import "server-only";
import { db } from "@/lib/db";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Adds an agreement at the end of the partnership's list; facilitators only. Made while a session
 * runs, it is also kept as one of that session's agreements.
 */
export async function addAgreement(actorId: string, partnershipId: string, text: string) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const last = await tx.agreement.aggregate({ where: { partnershipId }, _max: { position: true } });
    const running = await tx.kickoffSession.findFirst({ where: { partnershipId, status: "RUNNING" }, select: { id: true } });
    const agreement = await tx.agreement.create({
      data: { partnershipId, sessionId: running?.id ?? null, text, position: (last._max.position ?? -1) + 1, createdById: actorId },
      select: { id: true, text: true },
    });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
    return agreement;
  });
}
