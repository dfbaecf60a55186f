import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockMemberships } from "@/lib/memberships/lock-memberships";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { memberOf } from "@/lib/memberships/member-of";
import { recordDepartures } from "@/lib/memberships/record-departures";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/** The acting user leaves the partnership, unless they are its last facilitator (LAST_FACILITATOR). */
export async function leavePartnership(actorId: string, partnershipId: string) {
  return logRefusals("member.leave", { actorId, partnershipId }, () =>
    db.$transaction(async (tx) => {
      await memberOf(tx, actorId, partnershipId);
      const memberships = await lockMemberships(tx, partnershipId);
      const actor = memberships.find((membership) => membership.userId === actorId);
      if (!actor) throw new AppError("NOT_FOUND", { message: `user ${actorId} already left partnership ${partnershipId}` });
      const facilitators = memberships.filter((membership) => membership.role === "FACILITATOR").length;
      if (actor.role === "FACILITATOR" && facilitators <= 1) throw new AppError("LAST_FACILITATOR");
      await recordDepartures(tx, actorId, [partnershipId], "LEFT");
      await tx.membership.deleteMany({ where: { id: actor.id, partnershipId } });
      // Answers revealed at a kickoff were shown to this partnership while they belonged to it.
      await tx.fieldReveal.deleteMany({ where: { userId: actorId, partnershipId } });
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
    }),
  );
}
