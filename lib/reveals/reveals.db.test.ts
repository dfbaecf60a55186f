import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { addMember } from "@/lib/memberships/add-member";
import { leavePartnership } from "@/lib/memberships/leave-partnership";
import { removeMember } from "@/lib/memberships/remove-member";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { hideAnswer } from "@/lib/reveals/hide-answer";
import { listRevealableAnswers } from "@/lib/reveals/list-revealable-answers";
import { listRevealedAnswers } from "@/lib/reveals/list-revealed-answers";
import { loadPartnershipReveals } from "@/lib/reveals/load-partnership-reveals";
import { revealAnswer } from "@/lib/reveals/reveal-answer";
import { makePartnership, makeUser, membershipId, setAnswers } from "@/lib/testing/factories";

async function setup() {
  const owner = await makeUser({ name: "Owner Olga" });
  const partner = await makeUser({ name: "Partner Piet" });
  const stranger = await makeUser({ name: "Stranger" });
  const partnership = await makePartnership({ members: [{ user: owner }, { user: partner }] });
  await setAnswers(
    owner.id,
    { fears: "FEAR-ONLY-ME", personality: "PERSONALITY-FACILITATORS", origin: "ORIGIN-PARTNERS" },
    { fears: "ONLY_ME", personality: "FACILITATORS", origin: "PARTNERS" },
  );
  return { owner, partner, stranger, partnership, facilitator: partnership.facilitator };
}

describe("a reveal is a copy of what was shown, for as long as the owner means", () => {
  it("ends with the kickoff: afterwards nobody else reads the answer, nor what is written later", async () => {
    const { owner, partner, facilitator, partnership } = await setup();
    await startKickoff(facilitator.id, partnership.id);
    await revealAnswer(owner.id, partnership.id, "fears");
    await endKickoff(facilitator.id, partnership.id);
    expect(await listRevealedAnswers(partner.id, partnership.id)).toEqual([]);
    expect(await db.fieldReveal.count({ where: { userId: owner.id } })).toBe(0);

    await setAnswers(owner.id, { fears: "FEAR-WRITTEN-WEEKS-LATER" });
    expect(JSON.stringify(await listRevealedAnswers(partner.id, partnership.id))).not.toContain("FEAR-WRITTEN-WEEKS-LATER");
  });

  it("kept shared, it outlives the kickoff with the text as it was revealed; editing never shares the new text", async () => {
    const { owner, partner, facilitator, partnership } = await setup();
    await startKickoff(facilitator.id, partnership.id);
    await revealAnswer(owner.id, partnership.id, "fears", { keep: true });
    await endKickoff(facilitator.id, partnership.id);
    await setAnswers(owner.id, { fears: "FEAR-WRITTEN-LATER" });

    for (const viewer of [partner, facilitator]) {
      expect(await listRevealedAnswers(viewer.id, partnership.id)).toEqual([
        { userId: owner.id, name: "Owner Olga", answers: [{ field: "fears", text: "FEAR-ONLY-ME" }] },
      ]);
    }
    // The owner reads their own text, and is told the partnership still sees the revealed one.
    expect(await listRevealedAnswers(owner.id, partnership.id)).toEqual([
      { userId: owner.id, name: "Owner Olga", answers: [{ field: "fears", text: "FEAR-WRITTEN-LATER" }] },
    ]);
    expect((await listRevealableAnswers(owner.id, partnership.id)).find((a) => a.field === "fears")?.revealed).toEqual({ keep: true, changedSince: true });
  });

  it("revealing again shares the text as it stands then", async () => {
    const { owner, partner, facilitator, partnership } = await setup();
    await startKickoff(facilitator.id, partnership.id);
    await revealAnswer(owner.id, partnership.id, "fears");
    await setAnswers(owner.id, { fears: "FEAR-SECOND-THOUGHTS" });
    expect(JSON.stringify(await listRevealedAnswers(partner.id, partnership.id))).toContain("FEAR-ONLY-ME");
    await revealAnswer(owner.id, partnership.id, "fears");
    const shared = JSON.stringify(await listRevealedAnswers(partner.id, partnership.id));
    expect(shared).toContain("FEAR-SECOND-THOUGHTS");
    expect(shared).not.toContain("FEAR-ONLY-ME");
  });

  it("copies the tags of the answer with it", async () => {
    const { owner, partner, facilitator, partnership } = await setup();
    await setAnswers(owner.id, { valuesNorms: "Honesty" }, { valuesNorms: "ONLY_ME" }, { valueTags: ["honesty-then"] });
    await startKickoff(facilitator.id, partnership.id);
    await revealAnswer(owner.id, partnership.id, "valuesNorms", { keep: true });
    await setAnswers(owner.id, {}, {}, { valueTags: ["changed-later"] });
    const reveals = await loadPartnershipReveals(partnership.id);
    expect(reveals.get(owner.id)?.get("valuesNorms")).toEqual({ text: "Honesty", tags: ["honesty-then"] });
    expect(partner.id).toBeTruthy();
  });

  it("a reveal and the kickoff's end at the same moment never leave a reveal behind the ended kickoff", async () => {
    for (let round = 0; round < 5; round++) {
      const { owner, facilitator, partnership } = await setup();
      await startKickoff(facilitator.id, partnership.id);
      await Promise.allSettled([revealAnswer(owner.id, partnership.id, "fears"), endKickoff(facilitator.id, partnership.id)]);
      const left = await db.fieldReveal.count({ where: { userId: owner.id, partnershipId: partnership.id, keep: false } });
      expect(left, `round ${round}`).toBe(0);
    }
  });
});

describe("revealing an answer to the partnership", () => {
  it("shows a revealed only-me answer to partners and facilitators until it is hidden again", async () => {
    const { owner, partner, facilitator, partnership } = await setup();
    await startKickoff(facilitator.id, partnership.id);
    expect(await listRevealedAnswers(partner.id, partnership.id)).toEqual([]);

    const before = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });
    await revealAnswer(owner.id, partnership.id, "fears");
    const after = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });
    expect(after.viewVersion).toBeGreaterThan(before.viewVersion);

    for (const viewer of [partner, facilitator, owner]) {
      expect(await listRevealedAnswers(viewer.id, partnership.id)).toEqual([
        { userId: owner.id, name: "Owner Olga", answers: [{ field: "fears", text: "FEAR-ONLY-ME" }] },
      ]);
    }
    expect(await loadPartnershipReveals(partnership.id)).toEqual(new Map([[owner.id, new Map([["fears", { text: "FEAR-ONLY-ME", tags: [] }]])]]));
    expect((await listRevealableAnswers(owner.id, partnership.id)).find((a) => a.field === "fears")?.revealed).toEqual({ keep: false, changedSince: false });

    await hideAnswer(owner.id, partnership.id, "fears");
    expect(await listRevealedAnswers(partner.id, partnership.id)).toEqual([]);
    expect((await loadPartnershipReveals(partnership.id)).size).toBe(0);
  });

  it("ends when the member leaves or is removed: coming back later reveals nothing again", async () => {
    for (const goes of ["leaves", "is removed"] as const) {
      const { owner, partner, facilitator, partnership } = await setup();
      await startKickoff(facilitator.id, partnership.id);
      await revealAnswer(owner.id, partnership.id, "fears");
      if (goes === "leaves") await leavePartnership(owner.id, partnership.id);
      else await removeMember(facilitator.id, partnership.id, await membershipId(owner.id, partnership.id));
      expect(await loadPartnershipReveals(partnership.id), goes).toEqual(new Map());

      await db.$transaction((tx) => addMember(tx, { userId: owner.id, partnershipId: partnership.id, role: "MEMBER" }));
      expect(await listRevealedAnswers(partner.id, partnership.id), goes).toEqual([]);
    }
  });

  it("reveals only to the partnership it was revealed in", async () => {
    const { owner, facilitator, partnership } = await setup();
    const elsewhere = await makePartnership({ facilitator, members: [{ user: owner }] });
    await startKickoff(facilitator.id, partnership.id);
    await revealAnswer(owner.id, partnership.id, "fears");
    expect(await listRevealedAnswers(facilitator.id, elsewhere.id)).toEqual([]);
    expect((await loadPartnershipReveals(elsewhere.id)).size).toBe(0);
  });

  it("is only possible while a kickoff runs, and of a written answer; hiding is always possible", async () => {
    const { owner, facilitator, partnership } = await setup();
    await expect(revealAnswer(owner.id, partnership.id, "fears")).rejects.toSatisfy((e) => isAppError(e, "INVALID"));
    await startKickoff(facilitator.id, partnership.id);
    await expect(revealAnswer(owner.id, partnership.id, "irritations")).rejects.toSatisfy((e) => isAppError(e, "INVALID"));
    await revealAnswer(owner.id, partnership.id, "fears", { keep: true });
    await endKickoff(facilitator.id, partnership.id);
    expect(await listRevealedAnswers(facilitator.id, partnership.id)).toHaveLength(1);
    await hideAnswer(owner.id, partnership.id, "fears");
    expect(await listRevealedAnswers(facilitator.id, partnership.id)).toEqual([]);
  });

  it("refuses non-members, who see nothing", async () => {
    const { owner, stranger, facilitator, partnership } = await setup();
    await startKickoff(facilitator.id, partnership.id);
    await revealAnswer(owner.id, partnership.id, "fears");
    await expect(revealAnswer(stranger.id, partnership.id, "fears")).rejects.toSatisfy((e) => isAppError(e, "NOT_FOUND"));
    await expect(listRevealedAnswers(stranger.id, partnership.id)).rejects.toSatisfy((e) => isAppError(e, "NOT_FOUND"));
    await expect(listRevealableAnswers(stranger.id, partnership.id)).rejects.toSatisfy((e) => isAppError(e, "NOT_FOUND"));
  });

  it("offers the owner exactly their filled-in answers that not every partner can read", async () => {
    const { owner, partnership } = await setup();
    const offered = await listRevealableAnswers(owner.id, partnership.id);
    expect(offered.map((answer) => [answer.field, answer.visibility])).toEqual([
      ["personality", "FACILITATORS"],
      ["fears", "ONLY_ME"],
    ]);
  });
});
