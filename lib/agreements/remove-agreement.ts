import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/** Removes an agreement from the partnership; facilitators only. */
export async function removeAgreement(actorId: string, partnershipId: string, agreementId: string) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const { count } = await tx.agreement.deleteMany({ where: { id: agreementId, partnershipId } });
    if (count === 0) throw new AppError("NOT_FOUND", { message: `agreement ${agreementId} is not in partnership ${partnershipId}` });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
