import "server-only";
import { db } from "@/lib/db";

/** The appreciations and questions members left for one member of the viewer's partnership, newest first. */
export async function listNotesAbout(viewer: { id: string; partnershipId: string }, subjectId: string) {
  const notes = await db.note.findMany({
    where: { partnershipId: viewer.partnershipId, subjectId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, kind: true, body: true, createdAt: true, authorId: true, author: { select: { user: { select: { name: true } } } } },
  });
  return notes.map((note) => ({
    id: note.id,
    kind: note.kind,
    body: note.body,
    createdAt: note.createdAt,
    authorName: note.author.user.name,
    mine: note.authorId === viewer.id,
  }));
}
