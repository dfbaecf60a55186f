import { describe, expect, it } from "vitest";
import { addAgreement } from "@/lib/agreements/add-agreement";
import { isAppError } from "@/lib/errors";
import { buildContributionsCsv } from "@/lib/exports/build-contributions-csv";
import { buildPartnershipExport } from "@/lib/exports/build-partnership-export";
import { loadPartnershipReport } from "@/lib/exports/load-partnership-report";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { ANSWER_FIELDS } from "@/lib/leadership/fields";
import { revealAnswer } from "@/lib/reveals/reveal-answer";
import { makePartnership, makeUser, membershipId, setAnswers, setRole } from "@/lib/testing/factories";
import { addContribution } from "@/lib/testing/role-factories";

const LABELS = {
  need: "Need",
  coverage: "Coverage",
  contributors: "Contributors",
  contributes: "yes",
  status: { gap: "Gap", single: "One person", shared: "Shared" },
};

/** Every answer of a user, each marked with its owner, field and visibility. */
async function markAll(userId: string, label: string, visibility: "ONLY_ME" | "FACILITATORS" | "PARTNERS") {
  await setAnswers(
    userId,
    Object.fromEntries(ANSWER_FIELDS.map((field) => [field, `${label}-${field}-${visibility}`])),
    Object.fromEntries(ANSWER_FIELDS.map((field) => [field, visibility])),
  );
}

async function setup() {
  const open = await makeUser({ name: "Open Olaf" });
  const careful = await makeUser({ name: "Careful Carla" });
  const private_ = await makeUser({ name: "=Private Pim" });
  const partnership = await makePartnership({
    name: "Rivierenland, één",
    needs: ["Funding", "Local knowledge", "Data"],
    members: [{ user: open }, { user: careful }, { user: private_ }],
  });
  await markAll(open.id, "OPEN", "PARTNERS");
  await markAll(careful.id, "CAREFUL", "FACILITATORS");
  await markAll(private_.id, "PRIVATE", "ONLY_ME");
  await markAll(partnership.facilitator.id, "FACIL", "ONLY_ME");
  const [funding, local] = partnership.needs;
  await addContribution(open.id, partnership.id, funding!.id, "Knows the funds, \"all\" of them");
  await addContribution(careful.id, partnership.id, funding!.id);
  await addContribution(careful.id, partnership.id, local!.id, "=HYPERLINK(\"x\")");
  await setRole(await membershipId(open.id, partnership.id), { uniqueRole: "Bridge builder", missionRelation: "Close", alignment: 5 });
  await addAgreement(partnership.facilitator.id, partnership.id, "We meet every month");
  return { partnership, facilitator: partnership.facilitator, open, careful, private: private_ };
}

describe("partnership exports", () => {
  it("give a facilitator what facilitators may read, and no only-me answer", async () => {
    const { partnership, facilitator } = await setup();
    const json = JSON.stringify(await buildPartnershipExport(facilitator.id, partnership.id));
    for (const field of ANSWER_FIELDS) {
      expect(json).toContain(`OPEN-${field}-PARTNERS`);
      expect(json).toContain(`CAREFUL-${field}-FACILITATORS`);
      expect(json).not.toContain(`PRIVATE-${field}-ONLY_ME`);
      // Not even the facilitator's own: the export is a document that gets passed on.
      expect(json).not.toContain(`FACIL-${field}-ONLY_ME`);
    }
    expect(json).toContain("We meet every month");
    expect(json).toContain("Bridge builder");
    expect(json).not.toMatch(/passwordHash|argon2|@test\.samenspel\.nl/);
  });

  it("include an only-me answer its owner revealed to the partnership", async () => {
    const { partnership, facilitator, private: owner } = await setup();
    await startKickoff(facilitator.id, partnership.id);
    await revealAnswer(owner.id, partnership.id, "fears");
    const json = JSON.stringify(await buildPartnershipExport(facilitator.id, partnership.id));
    expect(json).toContain("PRIVATE-fears-ONLY_ME");
    expect(json).not.toContain("PRIVATE-irritations-ONLY_ME");
  });

  it("describe needs with their coverage and members with their role", async () => {
    const { partnership, facilitator } = await setup();
    const document = await buildPartnershipExport(facilitator.id, partnership.id);
    expect(document.needs.map((need) => [need.title, need.coverage, need.contributors])).toEqual([
      ["Funding", "shared", ["Open Olaf", "Careful Carla"]],
      ["Local knowledge", "single", ["Careful Carla"]],
      ["Data", "gap", []],
    ]);
    const olaf = document.members.find((member) => member.name === "Open Olaf");
    expect(olaf).toMatchObject({ uniqueRole: "Bridge builder", alignment: 5, role: "MEMBER" });
    expect(olaf?.profile.fears).toEqual({ text: "OPEN-fears-PARTNERS", visibility: "PARTNERS" });
    const pim = document.members.find((member) => member.name === "=Private Pim");
    expect(pim?.profile).toEqual({});
    expect(pim?.mission).toEqual({});
  });

  it("write the contributions matrix as safe CSV", async () => {
    const { partnership, facilitator } = await setup();
    const { csv, name } = await buildContributionsCsv(facilitator.id, partnership.id, LABELS);
    expect(name).toBe("Rivierenland, één");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Need,Coverage,Contributors,Test Facilitator,Open Olaf,Careful Carla,'=Private Pim");
    expect(lines[1]).toBe('Funding,Shared,2,,"Knows the funds, ""all"" of them",yes,');
    expect(lines[2]).toBe(`Local knowledge,One person,1,,,"'=HYPERLINK(""x"")",`);
    expect(lines[3]).toBe("Data,Gap,0,,,,");
    expect(csv).not.toMatch(/ONLY_ME|FACILITATORS|PARTNERS/);
  });

  it("are refused to members (FORBIDDEN) and to non-members (NOT_FOUND)", async () => {
    const { partnership, open } = await setup();
    const stranger = await makeUser();
    for (const load of [
      (userId: string) => buildPartnershipExport(userId, partnership.id),
      (userId: string) => buildContributionsCsv(userId, partnership.id, LABELS),
      (userId: string) => loadPartnershipReport(userId, partnership.id),
    ]) {
      await expect(load(open.id)).rejects.toSatisfy((e) => isAppError(e, "FORBIDDEN"));
      await expect(load(stranger.id)).rejects.toSatisfy((e) => isAppError(e, "NOT_FOUND"));
    }
  });
});
