import "server-only";
import { db } from "@/lib/db";
import { changedSinceLastSession } from "@/lib/history/changed-since-last-session";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { MISSION_ANSWERS, PROFILE_ANSWERS } from "@/lib/leadership/answer-selects";
import { ANSWER_FIELDS } from "@/lib/leadership/fields";
import { relationOf, visibleAnswers } from "@/lib/leadership/visibility";
import { groupReveals } from "@/lib/reveals/group-reveals";
import { REVEAL_COPY } from "@/lib/reveals/load-partnership-reveals";
import { isRecordId } from "@/lib/validation/fields";

type Viewer = { userId: string; role: MemberRole; partnershipId: string };

/**
 * One member of the viewer's partnership as the viewer may see them: their role there, their
 * contributions, and only those answers the visibility rule (with the owner's reveals for this
 * partnership) lets the viewer read. The raw profile and mission never leave this function.
 * Null when the membership is not in the viewer's partnership.
 */
export async function getMemberDetail(viewer: Viewer, membershipId: string) {
  const { partnershipId } = viewer;
  if (!isRecordId(membershipId)) return null;
  const member = await db.membership.findFirst({
    where: { id: membershipId, partnershipId },
    select: {
      id: true,
      userId: true,
      role: true,
      organisation: true,
      uniqueRole: true,
      missionRelation: true,
      alignment: true,
      user: { select: { name: true, profile: { select: PROFILE_ANSWERS }, mission: { select: MISSION_ANSWERS } } },
      contributions: {
        where: { need: { partnershipId } },
        orderBy: { need: { position: "asc" } },
        select: { note: true, need: { select: { id: true, title: true } } },
      },
    },
  });
  if (!member) return null;

  const reveals = await db.fieldReveal.findMany({ where: { userId: member.userId, partnershipId }, select: REVEAL_COPY });
  const relation = relationOf(viewer, member.userId);
  const visible = visibleAnswers({
    profile: member.user.profile,
    mission: member.user.mission,
    relation,
    revealed: groupReveals(reveals).get(member.userId),
  });
  // How many answers the owner does not share with this viewer, written or not.
  const notSharedCount = ANSWER_FIELDS.length - Object.keys(visible.visibility).length;
  // Of the answers the viewer reads as they stand now (not revealed copies): which changed.
  const readNow = ANSWER_FIELDS.filter((field) => field in visible.visibility && !visible.revealedFields.includes(field));
  const changedFields = await changedSinceLastSession(partnershipId, member.userId, readNow);

  return {
    id: member.id,
    name: member.user.name,
    role: member.role,
    organisation: member.organisation,
    uniqueRole: member.uniqueRole,
    missionRelation: member.missionRelation,
    alignment: member.alignment,
    contributions: member.contributions.map(({ note, need }) => ({ needId: need.id, title: need.title, note })),
    isSelf: relation === "self",
    answers: visible.answers,
    revealedFields: visible.revealedFields,
    changedFields,
    skillTags: visible.skillTags,
    valueTags: visible.valueTags,
    completeness: visible.completeness,
    notSharedCount,
  };
}
