import "server-only";
import { db } from "@/lib/db";
import type { MemberRole } from "@/lib/generated/prisma/enums";

type Viewer = { id: string; partnershipId: string; role: MemberRole };

/**
 * The appreciations and questions members left for one member of the viewer's partnership, newest
 * first. A removed note is left out for everyone but its author, who gets it marked as removed
 * (their own words, so they may still read them, and delete the note entirely). `removable`: the
 * viewer may take the note out of view, being the member it is about or a facilitator.
 */
export async function listNotesAbout(viewer: Viewer, subjectId: string) {
  const notes = await db.note.findMany({
    where: { partnershipId: viewer.partnershipId, subjectId, OR: [{ removedAt: null }, { authorId: viewer.id }] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      body: true,
      createdAt: true,
      removedAt: true,
      authorId: true,
      author: { select: { user: { select: { name: true } } } },
    },
  });
  const moderates = viewer.role === "FACILITATOR" || viewer.id === subjectId;
  return notes.map((note) => {
    const mine = note.authorId === viewer.id;
    const removed = note.removedAt !== null;
    return {
      id: note.id,
      kind: note.kind,
      body: note.body,
      createdAt: note.createdAt,
      authorName: note.author.user.name,
      mine,
      removed,
      removable: !mine && !removed && moderates,
    };
  });
}
