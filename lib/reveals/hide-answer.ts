import "server-only";
import { db } from "@/lib/db";
import type { AnswerField } from "@/lib/leadership/fields";
import { memberOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/** Takes back a revealed answer: from now on its own visibility applies again. Any time. */
export async function hideAnswer(userId: string, partnershipId: string, field: AnswerField) {
  return db.$transaction(async (tx) => {
    await memberOf(tx, userId, partnershipId);
    await tx.fieldReveal.deleteMany({ where: { userId, partnershipId, field } });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
