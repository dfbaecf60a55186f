import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { lockNeeds } from "@/lib/partnerships/lock-needs";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/** Removes a need (and the contributions to it) from the partnership; facilitators only. */
export async function removeNeed(actorId: string, partnershipId: string, needId: string) {
  return logRefusals("need.remove", { actorId, partnershipId, needId }, () =>
    db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      await lockNeeds(tx, partnershipId);
      const removed = await tx.need.deleteMany({ where: { id: needId, partnershipId } });
      if (removed.count === 0) throw new AppError("NOT_FOUND", { message: `need ${needId} is not in partnership ${partnershipId}` });
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
    }),
  );
}
