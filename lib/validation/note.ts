import { z } from "zod";
import type { NoteKind } from "@/lib/generated/prisma/enums";
import { LIMITS, requiredText } from "@/lib/validation/fields";

const id = z.string().trim().min(1).max(64);

export const NOTE_KINDS = ["APPRECIATION", "QUESTION"] as const satisfies readonly NoteKind[];

export const ZAddNoteInput = z.object({
  partnershipId: id,
  subjectId: id,
  kind: z.enum(NOTE_KINDS),
  body: requiredText(LIMITS.note),
});
export type AddNoteInput = z.infer<typeof ZAddNoteInput>;

export const ZDeleteNoteInput = z.object({
  partnershipId: id,
  noteId: id,
});
export type DeleteNoteInput = z.infer<typeof ZDeleteNoteInput>;
