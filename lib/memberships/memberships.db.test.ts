import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { changeMemberRole } from "@/lib/memberships/change-member-role";
import { leavePartnership } from "@/lib/memberships/leave-partnership";
import { listMembers } from "@/lib/memberships/list-members";
import { removeMember } from "@/lib/memberships/remove-member";
import { setMyOrganisation } from "@/lib/memberships/set-my-organisation";
import { makePartnership, makeUser } from "@/lib/testing/factories";

const fails = (code: AppErrorCode) => (error: unknown) => isAppError(error, code);

async function membershipOf(userId: string, partnershipId: string) {
  return db.membership.findUnique({ where: { userId_partnershipId: { userId, partnershipId } } });
}

async function facilitatorCount(partnershipId: string) {
  return db.membership.count({ where: { partnershipId, role: "FACILITATOR" } });
}

async function viewVersion(partnershipId: string) {
  return (await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { viewVersion: true } })).viewVersion;
}

describe("members", () => {
  it("lists everyone with organisation and role, facilitators first", async () => {
    const member = await makeUser({ name: "Bram" });
    const { id, facilitator } = await makePartnership({ members: [{ user: member, organisation: "Gemeente Tiel" }] });
    const members = await listMembers(member.id, id);
    expect(members.map((m) => [m.userId, m.role, m.organisation])).toEqual([
      [facilitator.id, "FACILITATOR", ""],
      [member.id, "MEMBER", "Gemeente Tiel"],
    ]);
    expect(members[1]?.name).toBe("Bram");
  });

  it("records a member's own organisation and touches the collaboration view", async () => {
    const member = await makeUser();
    const { id } = await makePartnership({ members: [{ user: member }] });
    const before = await viewVersion(id);
    await setMyOrganisation(member.id, id, "Provincie Gelderland");
    expect((await membershipOf(member.id, id))?.organisation).toBe("Provincie Gelderland");
    expect(await viewVersion(id)).toBeGreaterThan(before);
  });
});

describe("roles", () => {
  it("lets a facilitator make a member facilitator and then step down", async () => {
    const member = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: member }] });
    const memberMembership = (await membershipOf(member.id, id))!;
    await changeMemberRole(facilitator.id, id, memberMembership.id, "FACILITATOR");
    expect((await membershipOf(member.id, id))?.role).toBe("FACILITATOR");
    const own = (await membershipOf(facilitator.id, id))!;
    await changeMemberRole(facilitator.id, id, own.id, "MEMBER");
    expect((await membershipOf(facilitator.id, id))?.role).toBe("MEMBER");
    expect(await facilitatorCount(id)).toBe(1);
  });

  it("lets a facilitator demote another facilitator", async () => {
    const other = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: other, role: "FACILITATOR" }] });
    const before = await viewVersion(id);
    await changeMemberRole(facilitator.id, id, (await membershipOf(other.id, id))!.id, "MEMBER");
    expect((await membershipOf(other.id, id))?.role).toBe("MEMBER");
    expect(await viewVersion(id)).toBeGreaterThan(before);
  });

  it("refuses to demote the last facilitator", async () => {
    const { id, facilitator } = await makePartnership();
    const own = (await membershipOf(facilitator.id, id))!;
    await expect(changeMemberRole(facilitator.id, id, own.id, "MEMBER")).rejects.toSatisfy(fails("LAST_FACILITATOR"));
    expect((await membershipOf(facilitator.id, id))?.role).toBe("FACILITATOR");
  });

  it("never leaves zero facilitators when two demote each other at the same time", async () => {
    for (let round = 0; round < 3; round++) {
      const other = await makeUser();
      const { id, facilitator } = await makePartnership({ members: [{ user: other, role: "FACILITATOR" }] });
      const mine = (await membershipOf(facilitator.id, id))!;
      const theirs = (await membershipOf(other.id, id))!;
      const outcomes = await Promise.allSettled([
        changeMemberRole(facilitator.id, id, theirs.id, "MEMBER"),
        changeMemberRole(other.id, id, mine.id, "MEMBER"),
      ]);
      expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
      expect(await facilitatorCount(id)).toBe(1);
    }
  });

  it("never leaves zero facilitators when both step down at the same time", async () => {
    const other = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: other, role: "FACILITATOR" }] });
    const mine = (await membershipOf(facilitator.id, id))!;
    const theirs = (await membershipOf(other.id, id))!;
    const outcomes = await Promise.allSettled([
      changeMemberRole(facilitator.id, id, mine.id, "MEMBER"),
      changeMemberRole(other.id, id, theirs.id, "MEMBER"),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect(refused?.status === "rejected" && isAppError(refused.reason, "LAST_FACILITATOR")).toBe(true);
    expect(await facilitatorCount(id)).toBe(1);
  });
});

describe("removing and leaving", () => {
  it("lets a facilitator remove a member, with their contributions", async () => {
    const member = await makeUser();
    const { id, facilitator, needs } = await makePartnership({ needs: ["Data"], members: [{ user: member }] });
    const membership = (await membershipOf(member.id, id))!;
    await db.contribution.create({ data: { membershipId: membership.id, needId: needs[0]!.id } });
    await removeMember(facilitator.id, id, membership.id);
    expect(await membershipOf(member.id, id)).toBeNull();
    expect(await db.contribution.count({ where: { membershipId: membership.id } })).toBe(0);
    expect(await db.user.count({ where: { id: member.id } })).toBe(1);
  });

  it("refuses to remove the last facilitator", async () => {
    const { id, facilitator } = await makePartnership();
    const own = (await membershipOf(facilitator.id, id))!;
    await expect(removeMember(facilitator.id, id, own.id)).rejects.toSatisfy(fails("LAST_FACILITATOR"));
    expect(await membershipOf(facilitator.id, id)).not.toBeNull();
  });

  it("lets a member leave", async () => {
    const member = await makeUser();
    const { id } = await makePartnership({ members: [{ user: member }] });
    await leavePartnership(member.id, id);
    expect(await membershipOf(member.id, id)).toBeNull();
  });

  it("lets a facilitator leave when another facilitator stays", async () => {
    const other = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: other, role: "FACILITATOR" }] });
    await leavePartnership(facilitator.id, id);
    expect(await membershipOf(facilitator.id, id)).toBeNull();
    expect(await facilitatorCount(id)).toBe(1);
  });

  it("refuses to let the last facilitator leave", async () => {
    const member = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: member }] });
    await expect(leavePartnership(facilitator.id, id)).rejects.toSatisfy(fails("LAST_FACILITATOR"));
    expect((await membershipOf(facilitator.id, id))?.role).toBe("FACILITATOR");
  });

  it("never leaves zero facilitators when two facilitators leave at the same time", async () => {
    const other = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: other, role: "FACILITATOR" }] });
    const outcomes = await Promise.allSettled([leavePartnership(facilitator.id, id), leavePartnership(other.id, id)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await facilitatorCount(id)).toBe(1);
  });

  it("never leaves zero facilitators when one leaves while the other is demoted", async () => {
    const other = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: other, role: "FACILITATOR" }] });
    const theirs = (await membershipOf(other.id, id))!;
    await Promise.allSettled([leavePartnership(facilitator.id, id), changeMemberRole(facilitator.id, id, theirs.id, "MEMBER")]);
    expect(await facilitatorCount(id)).toBe(1);
  });
});
