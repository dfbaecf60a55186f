import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getMyRole } from "@/lib/memberships/get-my-role";
import { saveMyRole } from "@/lib/memberships/save-my-role";
import { makePartnership, makeUser } from "@/lib/testing/factories";
import { ZSaveMyRoleInput } from "@/lib/validation/role";

describe("my role in a partnership", () => {
  it("saves the unique role, alignment and contributions with their notes in one go", async () => {
    const member = await makeUser();
    const partnership = await makePartnership({ needs: ["Data on water levels", "Trust of residents"], members: [{ user: member }] });
    const [water, trust] = partnership.needs;
    const input = ZSaveMyRoleInput.parse({
      partnershipId: partnership.id,
      organisation: "Waterschap Rivierenland",
      uniqueRole: "Translating models for residents",
      missionRelation: "Close: my mission is this goal at a smaller scale",
      alignment: "4",
      needIds: [water!.id, trust!.id],
      notes: ["Sensor network", "ignored: not ticked"],
      contributes: water!.id,
    });
    await saveMyRole(member.id, input);

    const role = await getMyRole(member.id, partnership.id);
    expect(role.membership).toMatchObject({ organisation: "Waterschap Rivierenland", alignment: 4 });
    expect(role.membership.contributions).toEqual([{ needId: water!.id, note: "Sensor network" }]);
    expect(role.needs.map((need) => need.title)).toEqual(["Data on water levels", "Trust of residents"]);

    await saveMyRole(member.id, ZSaveMyRoleInput.parse({ ...input, alignment: "", needIds: [water!.id, trust!.id], notes: ["", "Evening sessions"], contributes: [trust!.id] }));
    const changed = await getMyRole(member.id, partnership.id);
    expect(changed.membership.alignment).toBeNull();
    expect(changed.membership.contributions).toEqual([{ needId: trust!.id, note: "Evening sessions" }]);
  });

  it("refuses a need of another partnership and changes nothing", async () => {
    const member = await makeUser();
    const mine = await makePartnership({ needs: ["Mine"], members: [{ user: member }] });
    const other = await makePartnership({ needs: ["Theirs"] });
    const input = ZSaveMyRoleInput.parse({
      partnershipId: mine.id,
      organisation: "Changed",
      uniqueRole: "",
      missionRelation: "",
      needIds: [other.needs[0]!.id],
      notes: [""],
      contributes: [mine.needs[0]!.id, other.needs[0]!.id],
    });
    await expect(saveMyRole(member.id, input)).rejects.toSatisfy((error) => isAppError(error, "INVALID"));
    expect(await db.contribution.count({ where: { needId: other.needs[0]!.id } })).toBe(0);
    expect((await getMyRole(member.id, mine.id)).membership.organisation).toBe("");
  });

  it("refuses someone who is not a member", async () => {
    const outsider = await makeUser();
    const partnership = await makePartnership();
    const input = ZSaveMyRoleInput.parse({ partnershipId: partnership.id, organisation: "", uniqueRole: "", missionRelation: "" });
    await expect(saveMyRole(outsider.id, input)).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
    await expect(getMyRole(outsider.id, partnership.id)).rejects.toSatisfy((error) => isAppError(error, "NOT_FOUND"));
  });

  it("marks the partnership's collaboration view as changed", async () => {
    const member = await makeUser();
    const partnership = await makePartnership({ members: [{ user: member }] });
    const before = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });
    await saveMyRole(member.id, ZSaveMyRoleInput.parse({ partnershipId: partnership.id, organisation: "X", uniqueRole: "", missionRelation: "" }));
    const after = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });
    expect(after.viewVersion).toBe(before.viewVersion + 1);
  });
});
