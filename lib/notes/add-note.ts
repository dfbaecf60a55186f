import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberOf } from "@/lib/memberships/member-of";
import { notifyNoteAboutMe } from "@/lib/notifications/notify-note-about-me";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import type { AddNoteInput } from "@/lib/validation/note";

/** An appreciation or a question from the user to another member of the same partnership. */
export async function addNote(userId: string, input: AddNoteInput) {
  const { partnershipId } = input;
  return db.$transaction(async (tx) => {
    const author = await memberOf(tx, userId, partnershipId);
    const subject = await tx.membership.findFirst({ where: { id: input.subjectId, partnershipId }, select: { id: true } });
    if (!subject) throw new AppError("NOT_FOUND", { message: `membership ${input.subjectId} is not in partnership ${partnershipId}` });
    if (subject.id === author.id) throw new AppError("INVALID", { message: "a note to oneself" });
    const note = await tx.note.create({
      data: { partnershipId, authorId: author.id, subjectId: subject.id, kind: input.kind, body: input.body },
      select: { id: true },
    });
    await notifyNoteAboutMe(tx, { partnershipId, authorMembershipId: author.id, subjectMembershipId: subject.id, noteKind: input.kind });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
    return note;
  });
}
