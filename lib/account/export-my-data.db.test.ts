import { describe, expect, it } from "vitest";
import { exportMyData } from "@/lib/account/export-my-data";
import { addNote } from "@/lib/notes/add-note";
import { removeNote } from "@/lib/notes/remove-note";
import { makePartnership, makeUser, membershipId } from "@/lib/testing/factories";

describe("downloading my data: notes", () => {
  it("holds the notes others wrote about the user, with author, partnership, kind, text and date, but not removed ones", async () => {
    const [me, colleague, other] = await Promise.all([makeUser({ name: "Me Myself" }), makeUser({ name: "Ada Colleague" }), makeUser({ name: "Other Person" })]);
    const partnership = await makePartnership({ name: "Delta", members: [{ user: me }, { user: colleague }, { user: other }] });
    const second = await makePartnership({ name: "Rivers", members: [{ user: me }, { user: colleague }] });
    const mine = await membershipId(me.id, partnership.id);
    const mineInSecond = await membershipId(me.id, second.id);

    await addNote(colleague.id, { partnershipId: partnership.id, subjectId: mine, kind: "APPRECIATION", body: "ABOUT-ME-KEPT" });
    const removed = await addNote(colleague.id, { partnershipId: partnership.id, subjectId: mine, kind: "QUESTION", body: "ABOUT-ME-REMOVED" });
    await addNote(colleague.id, { partnershipId: second.id, subjectId: mineInSecond, kind: "QUESTION", body: "ABOUT-ME-ELSEWHERE" });
    await addNote(colleague.id, { partnershipId: partnership.id, subjectId: await membershipId(other.id, partnership.id), kind: "APPRECIATION", body: "ABOUT-SOMEONE-ELSE" });
    const written = await addNote(me.id, { partnershipId: partnership.id, subjectId: await membershipId(colleague.id, partnership.id), kind: "QUESTION", body: "BY-ME" });
    await removeNote(me.id, { partnershipId: partnership.id, noteId: removed.id });
    await removeNote(colleague.id, { partnershipId: partnership.id, noteId: written.id });

    const data = await exportMyData(me.id);
    const json = JSON.stringify(data);
    const delta = data.memberships.find((membership) => membership.partnership.name === "Delta")!;
    const rivers = data.memberships.find((membership) => membership.partnership.name === "Rivers")!;

    expect(delta.notesReceived).toEqual([
      { kind: "APPRECIATION", from: "Ada Colleague", partnership: "Delta", body: "ABOUT-ME-KEPT", createdAt: expect.any(Date) },
    ]);
    expect(rivers.notesReceived).toEqual([
      { kind: "QUESTION", from: "Ada Colleague", partnership: "Rivers", body: "ABOUT-ME-ELSEWHERE", createdAt: expect.any(Date) },
    ]);
    expect(json).not.toContain("ABOUT-ME-REMOVED");
    expect(json).not.toContain("ABOUT-SOMEONE-ELSE");
    // What the user wrote stays theirs, marked when the member it is about removed it.
    expect(delta.notesWritten).toEqual([
      { kind: "QUESTION", to: "Ada Colleague", body: "BY-ME", createdAt: expect.any(Date), removedAt: expect.any(Date) },
    ]);
  });
});
