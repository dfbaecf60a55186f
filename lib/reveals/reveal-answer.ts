import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AnswerField } from "@/lib/leadership/fields";
import { memberOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Shows one of the member's own answers to everyone in this partnership, whatever its visibility,
 * until they hide it again. Done during a kickoff, when the team explores each other.
 */
export async function revealAnswer(userId: string, partnershipId: string, field: AnswerField) {
  return db.$transaction(async (tx) => {
    await memberOf(tx, userId, partnershipId);
    const running = await tx.kickoffSession.count({ where: { partnershipId, status: "RUNNING" } });
    if (running === 0) throw new AppError("INVALID", { message: `no kickoff is running in partnership ${partnershipId}` });
    await tx.fieldReveal.upsert({
      where: { userId_partnershipId_field: { userId, partnershipId, field } },
      create: { userId, partnershipId, field },
      update: {},
    });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
