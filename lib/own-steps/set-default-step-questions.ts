import "server-only";
import { db } from "@/lib/db";
import type { KickoffStepKind } from "@/lib/generated/prisma/enums";
import { facilitatorOf } from "@/lib/memberships/member-of";

type DefaultKind = Exclude<KickoffStepKind, "OWN">;

/**
 * Sets the partnership's questions for one of the default steps; facilitators only. No questions
 * means the default questions again (in each viewer's language).
 */
export async function setDefaultStepQuestions(actorId: string, partnershipId: string, kind: DefaultKind, questions: string[]) {
  await db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    if (questions.length === 0) {
      await tx.defaultStepQuestions.deleteMany({ where: { partnershipId, kind } });
      return;
    }
    await tx.defaultStepQuestions.upsert({
      where: { partnershipId_kind: { partnershipId, kind } },
      create: { partnershipId, kind, questions },
      update: { questions },
    });
  });
}
