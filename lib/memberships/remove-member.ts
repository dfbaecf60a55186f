import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockMemberships } from "@/lib/memberships/lock-memberships";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Takes someone out of the partnership (their role there and contributions go; their profile
 * stays theirs); facilitators only. The last facilitator cannot be removed (LAST_FACILITATOR).
 */
export async function removeMember(actorId: string, partnershipId: string, membershipId: string) {
  return logRefusals("member.remove", { actorId, partnershipId, membershipId }, () =>
    db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      const memberships = await lockMemberships(tx, partnershipId);
      const actor = memberships.find((membership) => membership.userId === actorId);
      if (!actor) throw new AppError("NOT_FOUND", { message: `user ${actorId} left partnership ${partnershipId}` });
      if (actor.role !== "FACILITATOR") throw new AppError("FORBIDDEN", { message: `user ${actorId} no longer facilitates ${partnershipId}` });
      const target = memberships.find((membership) => membership.id === membershipId);
      if (!target) throw new AppError("NOT_FOUND", { message: `membership ${membershipId} is not in partnership ${partnershipId}` });
      const facilitators = memberships.filter((membership) => membership.role === "FACILITATOR").length;
      if (target.role === "FACILITATOR" && facilitators <= 1) throw new AppError("LAST_FACILITATOR");
      await tx.membership.deleteMany({ where: { id: membershipId, partnershipId } });
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
      return { removedUserId: target.userId };
    }),
  );
}
