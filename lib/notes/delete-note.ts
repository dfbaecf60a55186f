import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { memberOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import type { DeleteNoteInput } from "@/lib/validation/note";

/** Deletes a note its author wrote; anyone else's note is "not found", whatever they send. */
export async function deleteNote(userId: string, input: DeleteNoteInput) {
  const { partnershipId, noteId } = input;
  await db.$transaction(async (tx) => {
    const author = await memberOf(tx, userId, partnershipId);
    const deleted = await tx.note.deleteMany({ where: { id: noteId, partnershipId, authorId: author.id } });
    if (deleted.count === 0) {
      logger.security("note.delete_refused", { userId, partnershipId, noteId });
      throw new AppError("NOT_FOUND", { message: `note ${noteId} is not the user's own in partnership ${partnershipId}` });
    }
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
