import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/** Rewrites an agreement of the partnership; facilitators only. */
export async function editAgreement(actorId: string, partnershipId: string, input: { agreementId: string; text: string }) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    const { count } = await tx.agreement.updateMany({ where: { id: input.agreementId, partnershipId }, data: { text: input.text } });
    if (count === 0) throw new AppError("NOT_FOUND", { message: `agreement ${input.agreementId} is not in partnership ${partnershipId}` });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
