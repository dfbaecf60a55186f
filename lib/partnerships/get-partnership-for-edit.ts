import "server-only";
import { db } from "@/lib/db";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";

/** What the edit page shows: the partnership with its version, and its needs in order; facilitators only. */
export async function getPartnershipForEdit(actorId: string, partnershipId: string) {
  return logRefusals("partnership.edit_view", { actorId, partnershipId }, async () => {
    await facilitatorOf(db, actorId, partnershipId);
    return db.partnership.findUniqueOrThrow({
      where: { id: partnershipId },
      select: {
        id: true,
        name: true,
        commonGoal: true,
        desiredImpact: true,
        description: true,
        version: true,
        timeZone: true,
        needs: {
          orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
          select: { id: true, title: true, description: true },
        },
      },
    });
  });
}
