import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { lockNeeds } from "@/lib/partnerships/lock-needs";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Moves a need one place up or down the partnership's list by swapping it with its neighbour;
 * facilitators only. At the top (or bottom) already, nothing changes.
 */
export async function moveNeed(actorId: string, partnershipId: string, needId: string, direction: "up" | "down") {
  return logRefusals("need.move", { actorId, partnershipId, needId }, () =>
    db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      await lockNeeds(tx, partnershipId);
      const needs = await tx.need.findMany({
        where: { partnershipId },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      const index = needs.findIndex((need) => need.id === needId);
      if (index === -1) throw new AppError("NOT_FOUND", { message: `need ${needId} is not in partnership ${partnershipId}` });
      const target = direction === "up" ? index - 1 : index + 1;
      if (target < 0 || target >= needs.length) return { moved: false };
      const reordered = [...needs];
      const [moving] = reordered.splice(index, 1);
      if (!moving) return { moved: false };
      reordered.splice(target, 0, moving);
      // Positions are rewritten as 0..n-1, which also repairs gaps left by removed needs.
      for (const [position, need] of reordered.entries()) {
        await tx.need.updateMany({ where: { id: need.id, partnershipId }, data: { position } });
      }
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
      return { moved: true };
    }),
  );
}
