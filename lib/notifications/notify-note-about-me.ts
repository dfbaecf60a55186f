import "server-only";
import type { Tx } from "@/lib/db";
import type { NoteKind } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";

/** Tells the member a note is about who wrote it where (never what): from addNote's transaction. */
export async function notifyNoteAboutMe(tx: Tx, input: { partnershipId: string; authorMembershipId: string; subjectMembershipId: string; noteKind: NoteKind }) {
  const partnership = await tx.partnership.findUnique({
    where: { id: input.partnershipId },
    select: {
      name: true,
      memberships: { where: { id: { in: [input.authorMembershipId, input.subjectMembershipId] } }, select: { id: true, userId: true, user: { select: { name: true } } } },
    },
  });
  const author = partnership?.memberships.find((membership) => membership.id === input.authorMembershipId);
  const subject = partnership?.memberships.find((membership) => membership.id === input.subjectMembershipId);
  if (!partnership || !author || !subject) return;
  await notify(tx, {
    userId: subject.userId,
    kind: "NOTE_ABOUT_ME",
    partnershipId: input.partnershipId,
    data: { partnershipName: partnership.name, authorName: author.user.name, noteKind: input.noteKind, subjectMembershipId: subject.id },
  });
}
