import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import type { SaveMyRoleInput } from "@/lib/validation/role";

/**
 * Saves the user's unique role in a partnership and the needs they contribute to, in one
 * transaction. A need of another partnership is refused (the form only offers this one's).
 */
export async function saveMyRole(userId: string, input: SaveMyRoleInput) {
  const { partnershipId, contributions } = input;
  await db.$transaction(async (tx) => {
    const membership = await memberOf(tx, userId, partnershipId);
    const needIds = contributions.map((contribution) => contribution.needId);
    const known = await tx.need.count({ where: { partnershipId, id: { in: needIds } } });
    if (known !== needIds.length) {
      throw new AppError("INVALID", { message: `needs outside partnership ${partnershipId}`, field: "contributes" });
    }

    await tx.membership.update({
      where: { id: membership.id, partnershipId },
      data: {
        organisation: input.organisation,
        uniqueRole: input.uniqueRole,
        missionRelation: input.missionRelation,
        alignment: input.alignment,
        version: { increment: 1 },
      },
    });
    await tx.contribution.deleteMany({ where: { membershipId: membership.id, needId: { notIn: needIds } } });
    for (const { needId, note } of contributions) {
      await tx.contribution.upsert({
        where: { membershipId_needId: { membershipId: membership.id, needId } },
        create: { membershipId: membership.id, needId, note },
        update: { note },
      });
    }
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
