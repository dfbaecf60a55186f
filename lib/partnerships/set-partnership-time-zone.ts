import "server-only";
import { db } from "@/lib/db";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Sets the time zone the partnership's sessions are planned and shown in; facilitators only. A
 * planned session keeps its instant: its clock time in the new zone follows from it.
 */
export async function setPartnershipTimeZone(actorId: string, partnershipId: string, timeZone: string) {
  return logRefusals("partnership.time_zone", { actorId, partnershipId }, () =>
    db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      await tx.partnership.update({ where: { id: partnershipId }, data: { timeZone }, select: { id: true } });
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
    }),
  );
}
