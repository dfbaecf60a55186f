import "server-only";
import { db } from "@/lib/db";
import { MISSION_ANSWERS, PROFILE_ANSWERS } from "@/lib/leadership/answer-selects";
import { ANSWER_FIELDS, type AnswerField } from "@/lib/leadership/fields";
import { relationOf, visibleAnswers } from "@/lib/leadership/visibility";
import { memberOf } from "@/lib/memberships/member-of";
import { loadPartnershipReveals } from "@/lib/reveals/load-partnership-reveals";

export type RevealedAnswers = { userId: string; name: string; answers: { field: AnswerField; text: string }[] };

/**
 * The answers members revealed to this partnership, as this viewer may read them (through
 * `visibleAnswers`, like every other place that shows answers): the copy made at the reveal, or
 * the text as it stands for a viewer whose visibility lets them read it anyway.
 */
export async function listRevealedAnswers(viewerId: string, partnershipId: string): Promise<RevealedAnswers[]> {
  const viewer = await memberOf(db, viewerId, partnershipId);
  const reveals = await loadPartnershipReveals(partnershipId);
  if (reveals.size === 0) return [];
  const owners = await db.membership.findMany({
    where: { partnershipId, userId: { in: [...reveals.keys()] } },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    select: { userId: true, user: { select: { name: true, profile: { select: PROFILE_ANSWERS }, mission: { select: MISSION_ANSWERS } } } },
  });
  return owners.flatMap((owner) => {
    const revealed = reveals.get(owner.userId);
    const seen = visibleAnswers({ profile: owner.user.profile, mission: owner.user.mission, relation: relationOf(viewer, owner.userId), revealed });
    const answers = ANSWER_FIELDS.flatMap((field) => {
      const text = seen.answers[field];
      return revealed?.has(field) && text ? [{ field, text }] : [];
    });
    return answers.length > 0 ? [{ userId: owner.userId, name: owner.user.name, answers }] : [];
  });
}
