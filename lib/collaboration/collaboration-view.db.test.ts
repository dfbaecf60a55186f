import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { loadCollaborationData } from "@/lib/collaboration/load-collaboration-data";
import { makePartnership, makeUser, membershipId, setAnswers, setRole, type TestUser } from "@/lib/testing/factories";

// Query logging is switched on for this file only, to count the queries of one render.
beforeAll(() => {
  process.env.LOG_QUERIES = "1";
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function header(partnershipId: string) {
  return db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { id: true, viewVersion: true } });
}

async function viewFor(partnershipId: string, user: TestUser, role: "FACILITATOR" | "MEMBER") {
  return getCollaborationView(await header(partnershipId), { userId: user.id, role });
}

async function partnershipWithSecrets() {
  const owner = await makeUser({ name: "Owner Olga" });
  const partner = await makeUser({ name: "Partner Piet" });
  const marker = `SECRET-STATEMENT-${randomUUID()}`;
  const partnership = await makePartnership({
    needs: ["Funding", "Data", "Nobody's need"],
    members: [{ user: owner, organisation: "Waterschap" }, { user: partner, organisation: "Gemeente" }],
  });
  await setAnswers(owner.id, { statement: marker }, { statement: "FACILITATORS" }, { valueTags: ["trust", "secret-value"] });
  await setAnswers(partner.id, { statement: "A shared mission" }, {}, { valueTags: ["trust"] });
  return { partnership, owner, partner, marker };
}

describe("collaboration view", () => {
  it("shows each viewer only the mission statements they may read", async () => {
    const { partnership, owner, partner, marker } = await partnershipWithSecrets();
    const asOwner = await viewFor(partnership.id, owner, "MEMBER");
    const asFacilitator = await viewFor(partnership.id, partnership.facilitator, "FACILITATOR");
    const asPartner = await viewFor(partnership.id, partner, "MEMBER");

    const statementOf = (view: typeof asOwner, name: string) => view.members.find((m) => m.name === name)?.statement;
    expect(statementOf(asOwner, "Owner Olga")).toBe(marker);
    expect(statementOf(asFacilitator, "Owner Olga")).toBe(marker);
    expect(statementOf(asPartner, "Owner Olga")).toBeNull();
    expect(JSON.stringify(asPartner)).not.toContain(marker);
    expect(statementOf(asPartner, "Partner Piet")).toBe("A shared mission");
  });

  it("never serves one viewer's variant to another, whatever the order of requests", async () => {
    const { partnership, owner, partner, marker } = await partnershipWithSecrets();
    await viewFor(partnership.id, owner, "MEMBER");
    expect(JSON.stringify(await viewFor(partnership.id, partner, "MEMBER"))).not.toContain(marker);
    await viewFor(partnership.id, partnership.facilitator, "FACILITATOR");
    expect(JSON.stringify(await viewFor(partnership.id, partner, "MEMBER"))).not.toContain(marker);
  });

  it("shows a change at once: every write raises the version the cache is keyed by", async () => {
    const { partnership, owner, partner } = await partnershipWithSecrets();
    await viewFor(partnership.id, partner, "MEMBER");
    await setAnswers(owner.id, { statement: "Now shared with everyone" }, { statement: "PARTNERS" });
    const after = await viewFor(partnership.id, partner, "MEMBER");
    expect(after.members.find((m) => m.name === "Owner Olga")?.statement).toBe("Now shared with everyone");
  });

  it("marks gaps and needs that rest on one person, over the whole partnership", async () => {
    const { partnership, owner, partner } = await partnershipWithSecrets();
    const [funding, data] = partnership.needs;
    await setRole(await membershipId(owner.id, partnership.id), { uniqueRole: "Water", alignment: 4, needIds: [funding!.id, data!.id] });
    await setRole(await membershipId(partner.id, partnership.id), { needIds: [funding!.id] });
    const view = await viewFor(partnership.id, partner, "MEMBER");
    expect(view.matrix.rows.map((row) => [row.title, row.status])).toEqual([
      ["Funding", "shared"],
      ["Data", "single"],
      ["Nobody's need", "gap"],
    ]);
    const filtered = await getCollaborationView(await header(partnership.id), { userId: partner.id, role: "MEMBER" }, { organisation: "Gemeente" });
    expect(filtered.members.map((m) => m.name)).toEqual(["Partner Piet"]);
    expect(filtered.matrix.rows.find((row) => row.title === "Data")?.status).toBe("single");
  });

  it("counts only visible tags as shared ground", async () => {
    const { partnership, owner, partner } = await partnershipWithSecrets();
    await setAnswers(owner.id, {}, { valuesNorms: "ONLY_ME" });
    const asPartner = await viewFor(partnership.id, partner, "MEMBER");
    expect(asPartner.values.shared).toEqual([]);
    expect(JSON.stringify(asPartner.values)).not.toContain("secret-value");
    await setAnswers(owner.id, {}, { valuesNorms: "PARTNERS" });
    const again = await viewFor(partnership.id, partner, "MEMBER");
    expect(again.values.shared).toEqual([{ tag: "trust", count: 2, holders: ["Owner Olga", "Partner Piet"] }]);
  });

  it("keeps no answer's text but the statement, and still counts what each viewer sees filled in", async () => {
    const { partnership, owner, partner } = await partnershipWithSecrets();
    const marker = randomUUID();
    await setAnswers(
      owner.id,
      { origin: `ORIGIN-${marker}`, fears: `FEARS-${marker}`, drives: `DRIVES-${marker}`, talents: "" },
      { origin: "PARTNERS", fears: "ONLY_ME", drives: "FACILITATORS", talents: "PARTNERS" },
    );
    expect(JSON.stringify(await loadCollaborationData(partnership.id))).not.toContain(marker);

    const completeness = async (user: TestUser, role: "MEMBER" | "FACILITATOR") =>
      (await viewFor(partnership.id, user, role)).members.find((m) => m.name === "Owner Olga")?.completeness;
    // A partner sees the seven answers shared with partners, of which only the origin is written;
    // a facilitator also the statement and what drives her; the owner all eleven.
    expect(await completeness(partner, "MEMBER")).toBeCloseTo(1 / 7);
    expect(await completeness(partnership.facilitator, "FACILITATOR")).toBeCloseTo(3 / 9);
    expect(await completeness(owner, "MEMBER")).toBeCloseTo(4 / 11);
  });

  it("uses the same number of queries for 3 members as for 30", async () => {
    const countQueries = async (size: number) => {
      const users = await Promise.all(Array.from({ length: size }, () => makeUser()));
      const partnership = await makePartnership({ needs: ["A", "B"], members: users.map((user) => ({ user })) });
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      await viewFor(partnership.id, users[0]!, "MEMBER");
      const queries = log.mock.calls.filter(([line]) => String(line).includes('"db.query"')).length;
      log.mockRestore();
      return queries;
    };
    const small = await countQueries(3);
    const large = await countQueries(30);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
