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

/** A note the member it is about, or a facilitator, takes out of view (its author still sees that it was removed). */
export const ZRemoveNoteInput = z.object({
  partnershipId: recordId,
  noteId: recordId,
});
export type RemoveNoteInput = z.infer<typeof ZRemoveNoteInput>;
