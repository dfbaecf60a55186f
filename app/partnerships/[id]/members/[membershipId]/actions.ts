"use server";

import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/guards";
import { addNote } from "@/lib/notes/add-note";
import { deleteNote } from "@/lib/notes/delete-note";
import { removeNote } from "@/lib/notes/remove-note";
import { validatedAction } from "@/lib/validated-action";
import { ZAddNoteInput, ZDeleteNoteInput } from "@/lib/validation/note";

export const addNoteAction = validatedAction(ZAddNoteInput, async (input) => {
  const { user } = await requireMember(input.partnershipId);
  await addNote(user.id, input);
  revalidatePath(`/partnerships/${input.partnershipId}/members/${input.subjectId}`);
});

export const deleteNoteAction = validatedAction(ZDeleteNoteInput, async (input) => {
  const { user } = await requireMember(input.partnershipId);
  await deleteNote(user.id, input);
  revalidatePath(`/partnerships/${input.partnershipId}/members`, "layout");
});

/** The member a note is about, or a facilitator, takes it out of view; its author still sees that it was removed. */
export const removeNoteAction = validatedAction(ZDeleteNoteInput, async (input) => {
  const { user } = await requireMember(input.partnershipId);
  await removeNote(user.id, input);
  revalidatePath(`/partnerships/${input.partnershipId}/members`, "layout");
});
