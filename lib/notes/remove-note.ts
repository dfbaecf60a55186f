import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { memberOf } from "@/lib/memberships/member-of";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import type { RemoveNoteInput } from "@/lib/validation/note";

/**
 * Removes a note from view: the member it is about may, and so may a facilitator of the
 * partnership. The note stays for its author, who sees that it was removed (and may still delete
 * it). Anyone else, or a note already removed, is "not found", whatever they send.
 */
export async function removeNote(userId: string, input: RemoveNoteInput, now = new Date()) {
  const { partnershipId, noteId } = input;
  await db.$transaction(async (tx) => {
    const actor = await memberOf(tx, userId, partnershipId);
    const removed = await tx.note.updateMany({
      where: { id: noteId, partnershipId, removedAt: null, ...(actor.role === "FACILITATOR" ? {} : { subjectId: actor.id }) },
      data: { removedAt: now },
    });
    if (removed.count === 0) {
      logger.security("note.remove_refused", { userId, partnershipId, noteId });
      throw new AppError("NOT_FOUND", { message: `note ${noteId} is neither about the user nor theirs to moderate in partnership ${partnershipId}` });
    }
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
  });
}
