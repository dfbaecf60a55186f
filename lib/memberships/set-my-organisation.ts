import "server-only";
import { db } from "@/lib/db";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { memberOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/** The organisation the acting user represents in this partnership (blank: none given). */
export async function setMyOrganisation(actorId: string, partnershipId: string, organisation: string) {
  return logRefusals("member.set_organisation", { actorId, partnershipId }, () =>
    db.$transaction(async (tx) => {
      const membership = await memberOf(tx, actorId, partnershipId);
      await tx.membership.updateMany({
        where: { id: membership.id, partnershipId, userId: actorId },
        data: { organisation },
      });
      await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
    }),
  );
}
