import { db } from "@/lib/db";
import type { NoteKind } from "@/lib/generated/prisma/enums";
import { membershipId } from "@/lib/testing/factories";

// Test data the "My role here" and member pages make, written straight to the database:
// a contribution with its note, and notes between members.

/** Records that a member contributes to a need, with an optional note. */
export async function addContribution(userId: string, partnershipId: string, needId: string, note = "") {
  return db.contribution.create({ data: { membershipId: await membershipId(userId, partnershipId), needId, note }, select: { id: true } });
}

/** A note from one member to another in a partnership. */
export async function addNote(partnershipId: string, fromUserId: string, toUserId: string, body: string, kind: NoteKind = "APPRECIATION") {
  const authorId = await membershipId(fromUserId, partnershipId);
  const subjectId = await membershipId(toUserId, partnershipId);
  return db.note.create({ data: { partnershipId, authorId, subjectId, kind, body }, select: { id: true } });
}
