import { z } from "zod";
import type { NoteKind } from "@/lib/generated/prisma/enums";
import { LIMITS, recordId, requiredText } from "@/lib/validation/fields";

export const NOTE_KINDS = ["APPRECIATION", "QUESTION"] as const satisfies readonly NoteKind[];

export const ZAddNoteInput = z.object({
  partnershipId: recordId,
  subjectId: recordId,
  kind: z.enum(NOTE_KINDS),
  body: requiredText(LIMITS.note),
});
export type AddNoteInput = z.infer<typeof ZAddNoteInput>;

export const ZDeleteNoteInput = z.object({
  partnershipId: recordId,
  noteId: recordId,
});
export type DeleteNoteInput = z.infer<typeof ZDeleteNoteInput>;

/**
 * Taking a note out of view (by the member it is about, or a facilitator) names the note the same
 * way as deleting it, so it is parsed with ZDeleteNoteInput.
 */
export type RemoveNoteInput = DeleteNoteInput;
