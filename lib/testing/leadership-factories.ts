import { db } from "@/lib/db";
import type { NoteKind, Visibility } from "@/lib/generated/prisma/enums";
import type { MissionField, ProfileField } from "@/lib/leadership/fields";

// Test data for profiles, missions, roles, contributions and notes, written straight to the
// database: the forms that make them belong to other parts of the app. Tests only.

type Answer = { text: string; visibility?: Visibility };

/** Sets some profile and mission answers of a user, each with an optional visibility. */
export async function setAnswers(
  userId: string,
  answers: { profile?: Partial<Record<ProfileField, Answer>>; mission?: Partial<Record<MissionField, Answer>> },
) {
  const columns = (entries: Partial<Record<string, Answer>>) =>
    Object.fromEntries(
      Object.entries(entries).flatMap(([field, answer]) =>
        answer ? [[field, answer.text], ...(answer.visibility ? [[`${field}Visibility`, answer.visibility]] : [])] : [],
      ),
    );
  if (answers.profile) await db.profile.update({ where: { userId }, data: columns(answers.profile) });
  if (answers.mission) await db.mission.update({ where: { userId }, data: columns(answers.mission) });
}

/** Sets a member's unique role, how their mission relates to the goal, and the alignment. */
export async function setRole(userId: string, partnershipId: string, role: { uniqueRole?: string; missionRelation?: string; alignment?: number | null }) {
  return db.membership.update({ where: { userId_partnershipId: { userId, partnershipId } }, data: role, select: { id: true } });
}

/** Records that a member contributes to a need, with an optional note. */
export async function addContribution(userId: string, partnershipId: string, needId: string, note = "") {
  const membership = await db.membership.findUniqueOrThrow({ where: { userId_partnershipId: { userId, partnershipId } }, select: { id: true } });
  return db.contribution.create({ data: { membershipId: membership.id, needId, note }, select: { id: true } });
}

/** A note from one member to another in a partnership. */
export async function addNote(partnershipId: string, fromUserId: string, toUserId: string, body: string, kind: NoteKind = "APPRECIATION") {
  const membershipOf = (userId: string) =>
    db.membership.findUniqueOrThrow({ where: { userId_partnershipId: { userId, partnershipId } }, select: { id: true } });
  const author = await membershipOf(fromUserId);
  const subject = await membershipOf(toUserId);
  return db.note.create({ data: { partnershipId, authorId: author.id, subjectId: subject.id, kind, body }, select: { id: true } });
}
