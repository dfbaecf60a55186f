import "server-only";
import { db } from "@/lib/db";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { lockNeeds } from "@/lib/partnerships/lock-needs";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import type { NeedInput } from "@/lib/validation/partnership";

/** Adds a need at the end of the partnership's list; facilitators only. */
export async function addNeed(actorId: string, partnershipId: string, input: NeedInput) {
  return logRefusals("need.add", { actorId, partnershipId }, () =>
    db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      await lockNeeds(tx, partnershipId);
      const last = await tx.need.aggregate({ where: { partnershipId }, _max: { position: true } });
      const need = await tx.need.create({
        data: { partnershipId, title: input.title, description: input.description, position: (last._max.position ?? -1) + 1 },
        select: { id: true, title: true, position: true },
      });
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
      return need;
    }),
  );
}
