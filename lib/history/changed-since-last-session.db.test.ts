import { describe, expect, it } from "vitest";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { getMemberDetail } from "@/lib/members/get-member-detail";
import { revealAnswer } from "@/lib/reveals/reveal-answer";
import { makePartnership, makeUser, membershipId, setAnswers } from "@/lib/testing/factories";

async function setup() {
  const owner = await makeUser();
  const partner = await makeUser();
  const partnership = await makePartnership({ members: [{ user: owner }, { user: partner }] });
  await setAnswers(
    owner.id,
    { origin: "Deventer", statement: "Dry feet", fears: "Silence", drives: "My children" },
    { origin: "PARTNERS", statement: "PARTNERS", fears: "ONLY_ME", drives: "FACILITATORS" },
  );
  const ownerMembership = await membershipId(owner.id, partnership.id);
  const changedFor = async (viewer: "partner" | "facilitator") => {
    const user = viewer === "partner" ? partner : partnership.facilitator;
    const role = viewer === "partner" ? "MEMBER" : "FACILITATOR";
    return (await getMemberDetail({ userId: user.id, role, partnershipId: partnership.id }, ownerMembership))?.changedFields;
  };
  return { owner, partner, partnership, changedFor };
}

describe("answers changed since the last session", () => {
  it("are marked only after a session has ended, and only among answers the viewer may read", async () => {
    const { owner, partnership, changedFor } = await setup();
    await setAnswers(owner.id, { origin: "Zwolle" });
    // No session has ended yet: nothing to compare with.
    expect(await changedFor("partner")).toEqual([]);

    await startKickoff(partnership.facilitator.id, partnership.id);
    await endKickoff(partnership.facilitator.id, partnership.id);
    await setAnswers(owner.id, { origin: "Arnhem", fears: "Speaking first", drives: "My grandchildren" });
    expect(await changedFor("partner")).toEqual(["origin"]);
    expect(await changedFor("facilitator")).toEqual(["origin", "drives"]);

    // Back to the text it had when the session ended: no change to speak of.
    await setAnswers(owner.id, { origin: "Zwolle" });
    expect(await changedFor("partner")).toEqual([]);
  });

  it("leaves out an answer read as a revealed copy, whose text does not follow edits", async () => {
    const { owner, partnership, changedFor } = await setup();
    await startKickoff(partnership.facilitator.id, partnership.id);
    await revealAnswer(owner.id, partnership.id, "fears", { keep: true });
    await endKickoff(partnership.facilitator.id, partnership.id);
    await setAnswers(owner.id, { fears: "Speaking first", statement: "Dry feet, green banks" });
    expect(await changedFor("partner")).toEqual(["statement"]);
  });

  it("counts from the latest session that ended", async () => {
    const { owner, partnership, changedFor } = await setup();
    await startKickoff(partnership.facilitator.id, partnership.id);
    await endKickoff(partnership.facilitator.id, partnership.id);
    await setAnswers(owner.id, { origin: "Zwolle" });
    expect(await changedFor("partner")).toEqual(["origin"]);
    await startKickoff(partnership.facilitator.id, partnership.id);
    await endKickoff(partnership.facilitator.id, partnership.id);
    expect(await changedFor("partner")).toEqual([]);
  });
});
