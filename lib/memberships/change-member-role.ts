import "server-only";
import { recordAudienceChange } from "@/lib/audience/record-audience-change";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { lockForFacilitatorAction } from "@/lib/memberships/lock-memberships";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { notifyRoleChange } from "@/lib/notifications/notify-role-change";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Makes a member facilitator, or a facilitator a plain member (also oneself: stepping down);
 * facilitators only. The last facilitator keeps the role (LAST_FACILITATOR). Roles are read
 * under the partnership's membership lock, so concurrent demotions cannot leave none. A new
 * facilitator can read the members' "Facilitators" answers: those members are told (notices).
 */
export async function changeMemberRole(actorId: string, partnershipId: string, membershipId: string, role: MemberRole) {
  return logRefusals("member.change_role", { actorId, partnershipId, membershipId }, () =>
    db.$transaction(async (tx) => {
      await facilitatorOf(tx, actorId, partnershipId);
      const { target, facilitators } = await lockForFacilitatorAction(tx, actorId, partnershipId, membershipId);
      if (target.role === role) return { changed: false };
      if (role === "MEMBER" && facilitators <= 1) throw new AppError("LAST_FACILITATOR");
      await tx.membership.updateMany({ where: { id: membershipId, partnershipId }, data: { role } });
      if (role === "FACILITATOR") await recordAudienceChange(tx, partnershipId, target.userId, "PROMOTED");
      await notifyRoleChange(tx, { actorId, partnershipId, subjectUserId: target.userId, role });
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
      return { changed: true };
    }),
  );
}
