import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { exportMyData } from "@/lib/account/export-my-data";
import { addAgreement } from "@/lib/agreements/add-agreement";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { signInAccountKey } from "@/lib/rate-limit/rules";
import { revealAnswer } from "@/lib/reveals/reveal-answer";
import { makePartnership, makeUser, membershipId, setAnswers, setRole, TEST_PASSWORD } from "@/lib/testing/factories";
import { addContribution, addNote } from "@/lib/testing/role-factories";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";

async function roleIn(partnershipId: string, userId: string) {
  return (await db.membership.findUnique({ where: { userId_partnershipId: { userId, partnershipId } }, select: { role: true } }))?.role;
}

describe("downloading my data", () => {
  it("holds all of the user's own data, hidden answers included, and no password hash", async () => {
    const me = await makeUser({ name: "Me Myself" });
    const other = await makeUser({ name: "Other Person" });
    const partnership = await makePartnership({ name: "Delta", needs: ["Funding"], members: [{ user: me }, { user: other }] });
    await setAnswers(me.id, { fears: "MY-FEAR", statement: "MY-MISSION" }, { fears: "ONLY_ME" });
    await setAnswers(other.id, { origin: "OTHER-ORIGIN" });
    await setRole(await membershipId(me.id, partnership.id), { uniqueRole: "MY-ROLE", alignment: 3 });
    await addContribution(me.id, partnership.id, partnership.needs[0]!.id, "MY-CONTRIBUTION");
    await addNote(partnership.id, me.id, other.id, "MY-NOTE");
    await addNote(partnership.id, other.id, me.id, "THEIR-NOTE");
    await startKickoff(partnership.facilitator.id, partnership.id);
    await revealAnswer(me.id, partnership.id, "fears");

    const data = await exportMyData(me.id);
    const json = JSON.stringify(data);
    expect(data.account).toMatchObject({ id: me.id, name: "Me Myself", email: me.email });
    for (const mine of ["MY-FEAR", "MY-MISSION", "MY-ROLE", "MY-CONTRIBUTION", "MY-NOTE", "Delta", "Funding"]) expect(json).toContain(mine);
    expect(data.reveals.map((reveal) => reveal.field)).toEqual(["fears"]);
    expect(json).not.toContain("OTHER-ORIGIN");
    // A note someone else wrote about the user is in it too (export-my-data.db.test.ts).
    expect(json).toContain("THEIR-NOTE");
    expect(json).not.toMatch(/passwordHash|\$argon2/);
  });

  it("includes the agreements the user recorded", async () => {
    const partnership = await makePartnership();
    await addAgreement(partnership.facilitator.id, partnership.id, "AGREED-TEXT");
    const data = await exportMyData(partnership.facilitator.id);
    expect(data.agreementsRecorded.map((agreement) => agreement.text)).toEqual(["AGREED-TEXT"]);
  });
});

describe("deleting my account", () => {
  it("needs the account's password as confirmation", async () => {
    const me = await makeUser();
    await expect(deleteAccount(me.id, me.email)).rejects.toSatisfy((e) => isAppError(e, "INVALID"));
    expect(await db.user.count({ where: { id: me.id } })).toBe(1);
    await deleteAccount(me.id, me.password);
    expect(await db.user.count({ where: { id: me.id } })).toBe(0);
  });

  it("removes everything that was theirs, and they can no longer sign in", async () => {
    const me = await makeUser();
    const other = await makeUser();
    const partnership = await makePartnership({ needs: ["Funding"], members: [{ user: me }, { user: other }] });
    await setAnswers(me.id, { origin: "gone" });
    await addContribution(me.id, partnership.id, partnership.needs[0]!.id);
    await addNote(partnership.id, me.id, other.id, "from me");
    await addNote(partnership.id, other.id, me.id, "about me");
    await startKickoff(partnership.facilitator.id, partnership.id);
    await revealAnswer(me.id, partnership.id, "origin");
    await expect(signInWithPassword({ email: me.email, password: "a wrong guess", address: "10.9.9.8" }, { pause: async () => {} })).rejects.toBeDefined();
    expect(await db.rateLimit.count({ where: { key: signInAccountKey(me.email) } })).toBe(1);
    const before = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });

    await deleteAccount(me.id, me.password);
    // Not even the count of failed sign-ins under their address is kept.
    expect(await db.rateLimit.count({ where: { key: signInAccountKey(me.email) } })).toBe(0);

    expect(await db.profile.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.mission.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.membership.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.contribution.count({ where: { need: { partnershipId: partnership.id } } })).toBe(0);
    expect(await db.note.count({ where: { partnershipId: partnership.id } })).toBe(0);
    expect(await db.fieldReveal.count({ where: { userId: me.id } })).toBe(0);
    const after = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });
    expect(after.viewVersion).toBeGreaterThan(before.viewVersion);
    await expect(signInWithPassword({ email: me.email, password: TEST_PASSWORD, address: "10.9.9.9" }, { pause: async () => {} })).rejects.toMatchObject({
      reason: "INVALID_CREDENTIALS",
    });
  });

  it("hands a partnership whose last facilitator leaves to its longest-standing member", async () => {
    const first = await makeUser({ name: "First" });
    const second = await makeUser({ name: "Second" });
    const partnership = await makePartnership({ members: [{ user: first }, { user: second }] });
    await addAgreement(partnership.facilitator.id, partnership.id, "Still here afterwards");

    await deleteAccount(partnership.facilitator.id, partnership.facilitator.password);

    expect(await roleIn(partnership.id, first.id)).toBe("FACILITATOR");
    expect(await roleIn(partnership.id, second.id)).toBe("MEMBER");
    const agreement = await db.agreement.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    expect(agreement).toMatchObject({ text: "Still here afterwards", createdById: null });
  });

  it("promotes nobody when another facilitator remains", async () => {
    const member = await makeUser();
    const co = await makeUser();
    const partnership = await makePartnership({ members: [{ user: member }, { user: co, role: "FACILITATOR" }] });
    await deleteAccount(partnership.facilitator.id, partnership.facilitator.password);
    expect(await roleIn(partnership.id, member.id)).toBe("MEMBER");
    expect(await roleIn(partnership.id, co.id)).toBe("FACILITATOR");
  });

  it("deletes a partnership that is left without members, and only that one", async () => {
    const me = await makeUser();
    const other = await makeUser();
    const alone = await makePartnership({ facilitator: me });
    const shared = await makePartnership({ facilitator: me, members: [{ user: other }] });
    const outcome = await deleteAccount(me.id, me.password);
    expect(outcome.deletedPartnerships).toEqual([alone.id]);
    expect(await db.partnership.count({ where: { id: alone.id } })).toBe(0);
    expect(await db.partnership.count({ where: { id: shared.id } })).toBe(1);
    expect(await roleIn(shared.id, other.id)).toBe("FACILITATOR");
  });

  it("never leaves a partnership without a facilitator when its facilitators leave at the same time", async () => {
    const a = await makeUser();
    const b = await makeUser();
    const remaining = await makeUser();
    const partnership = await makePartnership({ facilitator: a, members: [{ user: b, role: "FACILITATOR" }, { user: remaining }] });
    await Promise.all([deleteAccount(a.id, a.password), deleteAccount(b.id, b.password)]);
    expect(await roleIn(partnership.id, remaining.id)).toBe("FACILITATOR");
  });
});
