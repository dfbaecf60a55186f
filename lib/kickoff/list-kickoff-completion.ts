import "server-only";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { MISSION_FIELDS, PROFILE_FIELDS, visibilityColumn, type AnswerField } from "@/lib/leadership/fields";
import { readAnswer, relationOf, type RevealedCopies, type ViewerRelation } from "@/lib/leadership/visibility";
import { memberOf } from "@/lib/memberships/member-of";
import { loadPartnershipReveals } from "@/lib/reveals/load-partnership-reveals";

export type MemberCompletion = {
  membershipId: string;
  name: string;
  role: "FACILITATOR" | "MEMBER";
  /** Of the answers the viewer may see: how many are filled in, out of how many. */
  profile: { filled: number; total: number };
  mission: { filled: number; total: number };
  /** A unique role is written down and the alignment with the common goal is rated. */
  roleComplete: boolean;
};

/** Each answer and its visibility column, for counting what a viewer may see. */
const selectWithVisibility = (fields: readonly AnswerField[]) =>
  Object.fromEntries(fields.flatMap((field) => [[field, true], [visibilityColumn(field), true]])) as Record<string, true>;

/**
 * Who has filled in what, for the kickoff's completion panel. Only counts leave this function,
 * never the answers, and only of the answers the viewer may see: whether someone wrote down an
 * answer they keep to themselves is theirs to tell.
 */
export async function listKickoffCompletion(viewerId: string, partnershipId: string): Promise<MemberCompletion[]> {
  const viewer = await memberOf(db, viewerId, partnershipId);
  const reveals = await loadPartnershipReveals(partnershipId);
  const memberships = await db.membership.findMany({
    where: { partnershipId },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      role: true,
      uniqueRole: true,
      alignment: true,
      user: {
        select: {
          id: true,
          name: true,
          profile: { select: selectWithVisibility(PROFILE_FIELDS) },
          mission: { select: selectWithVisibility(MISSION_FIELDS) },
        },
      },
    },
  });
  return memberships.map((membership) => {
    const relation = relationOf({ userId: viewerId, role: viewer.role }, membership.user.id);
    const revealed: RevealedCopies = reveals.get(membership.user.id) ?? new Map();
    return {
      membershipId: membership.id,
      name: membership.user.name,
      role: membership.role,
      profile: countShown(membership.user.profile, PROFILE_FIELDS, relation, revealed),
      mission: countShown(membership.user.mission, MISSION_FIELDS, relation, revealed),
      roleComplete: Boolean(membership.uniqueRole.trim()) && membership.alignment !== null,
    };
  });
}

function countShown(record: Record<string, unknown> | null, fields: readonly AnswerField[], relation: ViewerRelation, revealed: RevealedCopies) {
  // No row yet: nothing is written.
  if (!record) return { filled: 0, total: fields.length };
  const read = fields.flatMap((field) => {
    const answer = readAnswer(record[visibilityColumn(field)] as Visibility, relation, String(record[field] ?? ""), revealed.get(field));
    return answer ? [answer.text] : [];
  });
  return { filled: read.filter((text) => text.trim() !== "").length, total: read.length };
}
