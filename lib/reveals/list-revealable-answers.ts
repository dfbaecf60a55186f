import "server-only";
import { db } from "@/lib/db";
import { MISSION_ANSWERS, PROFILE_ANSWERS } from "@/lib/leadership/answer-selects";
import { ANSWER_FIELDS, type AnswerField } from "@/lib/leadership/fields";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { visibleAnswers } from "@/lib/leadership/visibility";
import { memberOf } from "@/lib/memberships/member-of";

export type RevealableAnswer = {
  field: AnswerField;
  visibility: Exclude<Visibility, "PARTNERS">;
  text: string;
  /** Revealed here now: the copy the partnership sees, and whether it outlives the kickoff. */
  revealed: { keep: boolean; changedSince: boolean } | null;
};

/**
 * The member's own filled-in answers that not everyone in the partnership can read (only me, or
 * facilitators), with whether they are revealed here now and whether the answer was edited since
 * (the partnership still sees the text as revealed). Only ever for the owner.
 */
export async function listRevealableAnswers(userId: string, partnershipId: string): Promise<RevealableAnswer[]> {
  await memberOf(db, userId, partnershipId);
  const [user, reveals] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { profile: { select: PROFILE_ANSWERS }, mission: { select: MISSION_ANSWERS } },
    }),
    db.fieldReveal.findMany({ where: { userId, partnershipId }, select: { field: true, text: true, keep: true } }),
  ]);
  const revealed = new Map(reveals.map((reveal) => [reveal.field, reveal]));
  const own = visibleAnswers({ profile: user.profile, mission: user.mission, relation: "self" });
  return ANSWER_FIELDS.flatMap((field) => {
    const text = own.answers[field];
    const visibility = own.visibility[field];
    if (!text || !visibility || visibility === "PARTNERS") return [];
    const reveal = revealed.get(field);
    return [{ field, visibility, text, revealed: reveal ? { keep: reveal.keep, changedSince: reveal.text !== text } : null }];
  });
}
