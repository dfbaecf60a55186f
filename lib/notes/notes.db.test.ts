import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { addNote } from "@/lib/notes/add-note";
import { deleteNote } from "@/lib/notes/delete-note";
import { listNotesAbout } from "@/lib/notes/list-notes-about";
import { removeNote } from "@/lib/notes/remove-note";
import { makePartnership, makeUser } from "@/lib/testing/factories";

async function partnershipOfThree() {
  const [author, subject, bystander] = await Promise.all([makeUser({ name: "Author" }), makeUser({ name: "Subject" }), makeUser({ name: "Bystander" })]);
  const partnership = await makePartnership({ members: [{ user: author }, { user: subject }, { user: bystander }] });
  const memberships = await db.membership.findMany({ where: { partnershipId: partnership.id }, select: { id: true, userId: true, partnershipId: true, role: true } });
  const membershipOf = (userId: string) => memberships.find((membership) => membership.userId === userId)!;
  return { partnership, author, subject, bystander, membershipOf };
}

describe("notes between members", () => {
  it("lists an appreciation for every member of the partnership, marked as the author's own", async () => {
    const { partnership, author, subject, bystander, membershipOf } = await partnershipOfThree();
    const subjectId = membershipOf(subject.id).id;
    await addNote(author.id, { partnershipId: partnership.id, subjectId, kind: "APPRECIATION", body: "Your calm in the first session" });

    const seenByAuthor = await listNotesAbout(membershipOf(author.id), subjectId);
    expect(seenByAuthor).toMatchObject([{ kind: "APPRECIATION", body: "Your calm in the first session", authorName: "Author", mine: true }]);
    const seenByBystander = await listNotesAbout(membershipOf(bystander.id), subjectId);
    expect(seenByBystander).toMatchObject([{ authorName: "Author", mine: false, removed: false, removable: false }]);
    // The member it is about and the facilitator may take it out of view; its author deletes it instead.
    expect(seenByAuthor).toMatchObject([{ removable: false }]);
    expect(await listNotesAbout(membershipOf(subject.id), subjectId)).toMatchObject([{ mine: false, removable: true }]);
    expect(await listNotesAbout(membershipOf(partnership.facilitator.id), subjectId)).toMatchObject([{ mine: false, removable: true }]);
  });

  it("lets only the author delete a note, even when someone crafts the request", async () => {
    const { partnership, author, subject, bystander, membershipOf } = await partnershipOfThree();
    const subjectId = membershipOf(subject.id).id;
    const note = await addNote(author.id, { partnershipId: partnership.id, subjectId, kind: "QUESTION", body: "How do you decide?" });

    for (const other of [bystander, subject]) {
      await expect(deleteNote(other.id, { partnershipId: partnership.id, noteId: note.id })).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
    }
    const facilitator = partnership.facilitator;
    await expect(deleteNote(facilitator.id, { partnershipId: partnership.id, noteId: note.id })).rejects.toSatisfy((error) =>
      isAppError(error, "NOT_FOUND"),
    );
    expect(await db.note.count({ where: { id: note.id } })).toBe(1);

    await deleteNote(author.id, { partnershipId: partnership.id, noteId: note.id });
    expect(await db.note.count({ where: { id: note.id } })).toBe(0);
  });

  it("does not delete a note through another partnership the author is in", async () => {
    const { partnership, author, subject, membershipOf } = await partnershipOfThree();
    const elsewhere = await makePartnership({ facilitator: author });
    const note = await addNote(author.id, { partnershipId: partnership.id, subjectId: membershipOf(subject.id).id, kind: "QUESTION", body: "?" });
    await expect(deleteNote(author.id, { partnershipId: elsewhere.id, noteId: note.id })).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
    expect(await db.note.count({ where: { id: note.id } })).toBe(1);
  });

  it("refuses a note to a member of another partnership, from a non-member, and to oneself", async () => {
    const { partnership, author, membershipOf } = await partnershipOfThree();
    const outsider = await makeUser();
    const other = await makePartnership({ members: [{ user: outsider }] });
    const outsiderMembership = await db.membership.findFirstOrThrow({ where: { userId: outsider.id, partnershipId: other.id } });
    const note = { kind: "APPRECIATION" as const, body: "Hi" };

    await expect(addNote(author.id, { ...note, partnershipId: partnership.id, subjectId: outsiderMembership.id })).rejects.toSatisfy((error) =>
      isAppError(error, "NOT_FOUND"),
    );
    await expect(addNote(outsider.id, { ...note, partnershipId: partnership.id, subjectId: membershipOf(author.id).id })).rejects.toSatisfy(
      (error) => isAppError(error, "NOT_FOUND"),
    );
    await expect(addNote(author.id, { ...note, partnershipId: partnership.id, subjectId: membershipOf(author.id).id })).rejects.toSatisfy((error) =>
      isAppError(error, "INVALID"),
    );
    expect(await db.note.count({ where: { partnershipId: { in: [partnership.id, other.id] } } })).toBe(0);
  });

  describe("removing a note from view", () => {
    const refused = (error: unknown) => isAppError(error, "NOT_FOUND");

    it("lets the member it is about remove it: hidden from everyone but its author, who sees that it was removed", async () => {
      const { partnership, author, subject, bystander, membershipOf } = await partnershipOfThree();
      const subjectId = membershipOf(subject.id).id;
      const kept = await addNote(bystander.id, { partnershipId: partnership.id, subjectId, kind: "APPRECIATION", body: "Kept" });
      const note = await addNote(author.id, { partnershipId: partnership.id, subjectId, kind: "QUESTION", body: "Unwelcome question" });
      const before = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });

      await removeNote(subject.id, { partnershipId: partnership.id, noteId: note.id });

      const stored = await db.note.findUniqueOrThrow({ where: { id: note.id } });
      expect(stored.removedAt).toBeInstanceOf(Date);
      expect(stored.body).toBe("Unwelcome question");
      const after = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });
      expect(after.viewVersion).toBeGreaterThan(before.viewVersion);

      for (const viewer of [subject, bystander, partnership.facilitator]) {
        expect((await listNotesAbout(membershipOf(viewer.id), subjectId)).map((shown) => shown.id)).toEqual([kept.id]);
      }
      const seenByAuthor = await listNotesAbout(membershipOf(author.id), subjectId);
      expect(seenByAuthor.find((shown) => shown.id === note.id)).toMatchObject({ mine: true, removed: true, removable: false, kind: "QUESTION" });

      // Removing it again finds nothing; its author may still delete it entirely.
      await expect(removeNote(subject.id, { partnershipId: partnership.id, noteId: note.id })).rejects.toSatisfy(refused);
      await deleteNote(author.id, { partnershipId: partnership.id, noteId: note.id });
      expect(await db.note.count({ where: { id: note.id } })).toBe(0);
    });

    it("lets a facilitator of the partnership remove any note in it", async () => {
      const { partnership, author, subject, membershipOf } = await partnershipOfThree();
      const subjectId = membershipOf(subject.id).id;
      const note = await addNote(author.id, { partnershipId: partnership.id, subjectId, kind: "APPRECIATION", body: "Out of line" });

      await removeNote(partnership.facilitator.id, { partnershipId: partnership.id, noteId: note.id });

      expect((await db.note.findUniqueOrThrow({ where: { id: note.id } })).removedAt).toBeInstanceOf(Date);
      expect(await listNotesAbout(membershipOf(subject.id), subjectId)).toEqual([]);
    });

    it("refuses a bystander, the note's author, the author of another note and another partnership's facilitator", async () => {
      const { partnership, author, subject, bystander, membershipOf } = await partnershipOfThree();
      const subjectId = membershipOf(subject.id).id;
      const note = await addNote(author.id, { partnershipId: partnership.id, subjectId, kind: "QUESTION", body: "Stays" });
      // The bystander wrote about the author: being the author of another note gives no say over this one.
      await addNote(bystander.id, { partnershipId: partnership.id, subjectId: membershipOf(author.id).id, kind: "APPRECIATION", body: "Other" });
      const otherFacilitator = await makeUser();
      const elsewhere = await makePartnership({ facilitator: otherFacilitator, members: [{ user: subject }] });
      const before = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });

      for (const other of [bystander, author]) {
        await expect(removeNote(other.id, { partnershipId: partnership.id, noteId: note.id })).rejects.toSatisfy(refused);
      }
      await expect(removeNote(otherFacilitator.id, { partnershipId: partnership.id, noteId: note.id })).rejects.toSatisfy(refused);
      // Not through a partnership they do facilitate, nor the subject through another partnership they are in.
      await expect(removeNote(otherFacilitator.id, { partnershipId: elsewhere.id, noteId: note.id })).rejects.toSatisfy(refused);
      await expect(removeNote(subject.id, { partnershipId: elsewhere.id, noteId: note.id })).rejects.toSatisfy(refused);

      expect((await db.note.findUniqueOrThrow({ where: { id: note.id } })).removedAt).toBeNull();
      const after = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });
      expect(after.viewVersion).toBe(before.viewVersion);
      expect(await listNotesAbout(membershipOf(bystander.id), subjectId)).toMatchObject([{ id: note.id, removed: false }]);
    });
  });
});
