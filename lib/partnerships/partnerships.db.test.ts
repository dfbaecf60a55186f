import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { addNeed } from "@/lib/partnerships/add-need";
import { createPartnership } from "@/lib/partnerships/create-partnership";
import { getPartnershipForEdit } from "@/lib/partnerships/get-partnership-for-edit";
import { moveNeed } from "@/lib/partnerships/move-need";
import { removeNeed } from "@/lib/partnerships/remove-need";
import { updatePartnership } from "@/lib/partnerships/update-partnership";
import { makePartnership, makeUser } from "@/lib/testing/factories";

const details = { name: "River region", commonGoal: "Dry feet in 2035", desiredImpact: "Fewer floods", description: "" };

async function viewVersion(partnershipId: string) {
  return (await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { viewVersion: true } })).viewVersion;
}

async function needTitles(partnershipId: string) {
  const needs = await db.need.findMany({ where: { partnershipId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { title: true } });
  return needs.map((need) => need.title);
}

describe("creating a partnership", () => {
  it("makes its creator the first and only facilitator", async () => {
    const creator = await makeUser();
    const partnership = await createPartnership({ ...details, description: "Delta towns" }, creator.id);
    const stored = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, include: { memberships: true } });
    expect(stored).toMatchObject({ name: "River region", commonGoal: "Dry feet in 2035", desiredImpact: "Fewer floods", description: "Delta towns", version: 1 });
    expect(stored.memberships).toEqual([expect.objectContaining({ userId: creator.id, role: "FACILITATOR" })]);
  });

  it("lets one user be in several partnerships", async () => {
    const creator = await makeUser();
    await createPartnership(details, creator.id);
    await createPartnership({ ...details, name: "Care network" }, creator.id);
    expect(await db.membership.count({ where: { userId: creator.id } })).toBe(2);
  });
});

describe("editing a partnership", () => {
  it("saves a change from the current version and raises the version", async () => {
    const { id, facilitator } = await makePartnership();
    const before = await viewVersion(id);
    const result = await updatePartnership(facilitator.id, { partnershipId: id, version: 1, ...details, name: "Renamed" });
    expect(result).toEqual({ status: "saved", version: 2 });
    const stored = await db.partnership.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ name: "Renamed", version: 2 });
    expect(await viewVersion(id)).toBeGreaterThan(before);
  });

  it("refuses a save made from an older version and returns theirs, writing nothing", async () => {
    const { id, facilitator } = await makePartnership();
    await updatePartnership(facilitator.id, { partnershipId: id, version: 1, ...details, commonGoal: "Their goal" });
    const result = await updatePartnership(facilitator.id, { partnershipId: id, version: 1, ...details, commonGoal: "My goal" });
    expect(result).toEqual({ status: "conflict", theirs: expect.objectContaining({ commonGoal: "Their goal", version: 2 }) });
    const stored = await db.partnership.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ commonGoal: "Their goal", version: 2 });
  });

  it("lets exactly one of two simultaneous saves from the same version through", async () => {
    const { id, facilitator } = await makePartnership();
    const results = await Promise.all(
      ["First", "Second"].map((name) => updatePartnership(facilitator.id, { partnershipId: id, version: 1, ...details, name })),
    );
    expect(results.filter((result) => result.status === "saved")).toHaveLength(1);
    expect(results.filter((result) => result.status === "conflict")).toHaveLength(1);
    expect((await db.partnership.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  it("shows the facilitator the version and the needs in order", async () => {
    const { id, facilitator } = await makePartnership({ needs: ["Data", "Money"] });
    const loaded = await getPartnershipForEdit(facilitator.id, id);
    expect(loaded.version).toBe(1);
    expect(loaded.needs.map((need) => need.title)).toEqual(["Data", "Money"]);
  });
});

describe("needs", () => {
  it("adds needs at the end of the list", async () => {
    const { id, facilitator } = await makePartnership();
    await addNeed(facilitator.id, id, { title: "Data on river levels", description: "Weekly" });
    await addNeed(facilitator.id, id, { title: "Volunteers", description: "" });
    expect(await needTitles(id)).toEqual(["Data on river levels", "Volunteers"]);
  });

  it("keeps distinct positions when needs are added at the same time", async () => {
    const { id, facilitator } = await makePartnership();
    await Promise.all(["A", "B", "C", "D"].map((title) => addNeed(facilitator.id, id, { title, description: "" })));
    const positions = (await db.need.findMany({ where: { partnershipId: id }, select: { position: true } })).map((need) => need.position);
    expect(new Set(positions).size).toBe(4);
  });

  it("moves a need up and down, and leaves the ends as they are", async () => {
    const { id, facilitator, needs } = await makePartnership({ needs: ["A", "B", "C"] });
    const [a, , c] = needs;
    await moveNeed(facilitator.id, id, c!.id, "up");
    expect(await needTitles(id)).toEqual(["A", "C", "B"]);
    await moveNeed(facilitator.id, id, a!.id, "down");
    expect(await needTitles(id)).toEqual(["C", "A", "B"]);
    expect(await moveNeed(facilitator.id, id, c!.id, "up")).toEqual({ moved: false });
    expect(await needTitles(id)).toEqual(["C", "A", "B"]);
  });

  it("removes a need and its contributions, and touches the collaboration view", async () => {
    const member = await makeUser();
    const { id, facilitator, needs } = await makePartnership({ needs: ["A", "B"], members: [{ user: member }] });
    const membership = await db.membership.findUniqueOrThrow({ where: { userId_partnershipId: { userId: member.id, partnershipId: id } } });
    await db.contribution.create({ data: { membershipId: membership.id, needId: needs[0]!.id } });
    const before = await viewVersion(id);
    await removeNeed(facilitator.id, id, needs[0]!.id);
    expect(await needTitles(id)).toEqual(["B"]);
    expect(await db.contribution.count({ where: { needId: needs[0]!.id } })).toBe(0);
    expect(await viewVersion(id)).toBeGreaterThan(before);
  });

  it("does not move or remove a need of another partnership, even for its facilitator", async () => {
    const mine = await makePartnership();
    const other = await makePartnership({ needs: ["Theirs"] });
    const theirNeed = other.needs[0]!.id;
    await expect(moveNeed(mine.facilitator.id, mine.id, theirNeed, "up")).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
    await expect(removeNeed(mine.facilitator.id, mine.id, theirNeed)).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
    expect(await needTitles(other.id)).toEqual(["Theirs"]);
  });
});
