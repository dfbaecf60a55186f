import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { hashInviteToken } from "@/lib/invitations/invite-token";
import { listOpenInvitations } from "@/lib/invitations/list-open-invitations";
import { previewInvitation } from "@/lib/invitations/preview-invitation";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { leavePartnership } from "@/lib/memberships/leave-partnership";
import { removeMember } from "@/lib/memberships/remove-member";
import { makePartnership, makeUser, membershipId, setAnswers, type TestUser } from "@/lib/testing/factories";

/** A fresh address per call, so that the per-address rate limit does not carry over between tests. */
function address() {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

const fails = (code: AppErrorCode) => (error: unknown) => isAppError(error, code);

async function membersOf(partnershipId: string) {
  return db.membership.count({ where: { partnershipId } });
}

describe("creating invite links", () => {
  it("stores only the SHA-256 of a 256-bit token", async () => {
    const { id, facilitator } = await makePartnership();
    const { token, invitation } = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).toBe(hashInviteToken(token));
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.createdById).toBe(facilitator.id);
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThan(14.1);
  });

  it("gives every link its own token", async () => {
    const { id, facilitator } = await makePartnership();
    const first = await createInvitation(facilitator.id, id, { expiresInDays: 1 });
    const second = await createInvitation(facilitator.id, id, { expiresInDays: 1 });
    expect(first.token).not.toBe(second.token);
  });

  it("lists open links only, and drops a link once revoked", async () => {
    const { id, facilitator } = await makePartnership();
    const open = await createInvitation(facilitator.id, id, { expiresInDays: 7, maxUses: 3 });
    const expired = await createInvitation(facilitator.id, id, { expiresInDays: 1 });
    await db.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const listed = await listOpenInvitations(facilitator.id, id);
    expect(listed.map((invitation) => invitation.id)).toEqual([open.invitation.id]);
    expect(listed[0]).toMatchObject({ maxUses: 3, useCount: 0 });
    await revokeInvitation(facilitator.id, id, open.invitation.id);
    expect(await listOpenInvitations(facilitator.id, id)).toEqual([]);
  });
});

describe("redeeming invite links", () => {
  it("makes the visitor a member with their organisation and counts one use", async () => {
    const { id, facilitator } = await makePartnership();
    const { token, invitation } = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    const visitor = await makeUser();
    const joined = await redeemInvitation({ userId: visitor.id, token, organisation: "Waterschap Rivierenland", address: address() });
    expect(joined).toEqual({ partnershipId: id, joined: true });
    const membership = await db.membership.findUniqueOrThrow({ where: { userId_partnershipId: { userId: visitor.id, partnershipId: id } } });
    expect(membership).toMatchObject({ role: "MEMBER", organisation: "Waterschap Rivierenland" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).useCount).toBe(1);
  });

  it("sends someone already in the partnership there without counting a use", async () => {
    const { id, facilitator } = await makePartnership();
    const { token, invitation } = await createInvitation(facilitator.id, id, { expiresInDays: 14, maxUses: 1 });
    const result = await redeemInvitation({ userId: facilitator.id, token, organisation: "", address: address() });
    expect(result).toEqual({ partnershipId: id, joined: false });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).useCount).toBe(0);
    const membership = await db.membership.findUniqueOrThrow({ where: { userId_partnershipId: { userId: facilitator.id, partnershipId: id } } });
    expect(membership.role).toBe("FACILITATOR");
  });

  it("refuses an expired link", async () => {
    const { id, facilitator } = await makePartnership();
    const { token, invitation } = await createInvitation(facilitator.id, id, { expiresInDays: 1 });
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const visitor = await makeUser();
    await expect(redeemInvitation({ userId: visitor.id, token, organisation: "", address: address() })).rejects.toSatisfy(fails("INVITE_EXPIRED"));
    expect(await membersOf(id)).toBe(1);
  });

  it("refuses a revoked link", async () => {
    const { id, facilitator } = await makePartnership();
    const { token, invitation } = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    await revokeInvitation(facilitator.id, id, invitation.id);
    const visitor = await makeUser();
    await expect(redeemInvitation({ userId: visitor.id, token, organisation: "", address: address() })).rejects.toSatisfy(fails("INVITE_REVOKED"));
    expect(await membersOf(id)).toBe(1);
  });

  it("refuses a link that has been used as often as it allows", async () => {
    const { id, facilitator } = await makePartnership();
    const { token } = await createInvitation(facilitator.id, id, { expiresInDays: 14, maxUses: 1 });
    const first = await makeUser();
    const second = await makeUser();
    await redeemInvitation({ userId: first.id, token, organisation: "", address: address() });
    await expect(redeemInvitation({ userId: second.id, token, organisation: "", address: address() })).rejects.toSatisfy(fails("INVITE_USED_UP"));
    expect(await membersOf(id)).toBe(2);
  });

  it("refuses an unknown token", async () => {
    const visitor = await makeUser();
    const token = "x".repeat(43);
    await expect(redeemInvitation({ userId: visitor.id, token, organisation: "", address: address() })).rejects.toSatisfy(fails("NOT_FOUND"));
  });

  it("never lets more people in than the link allows, however many join at once", async () => {
    const { id, facilitator } = await makePartnership();
    const { token, invitation } = await createInvitation(facilitator.id, id, { expiresInDays: 14, maxUses: 3 });
    const visitors = await Promise.all(Array.from({ length: 8 }, () => makeUser()));
    const outcomes = await Promise.allSettled(
      visitors.map((visitor) => redeemInvitation({ userId: visitor.id, token, organisation: "", address: address() })),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(3);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect(isAppError(outcome.reason, "INVITE_USED_UP") ? "INVITE_USED_UP" : String(outcome.reason)).toBe("INVITE_USED_UP");
    }
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).useCount).toBe(3);
    expect(await membersOf(id)).toBe(4);
  });

  it("counts a person joining twice at once as one member and one use", async () => {
    const { id, facilitator } = await makePartnership();
    const { token, invitation } = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    const visitor = await makeUser();
    const results = await Promise.all([1, 2, 3].map(() => redeemInvitation({ userId: visitor.id, token, organisation: "", address: address() })));
    expect(results.filter((result) => result.joined)).toHaveLength(1);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).useCount).toBe(1);
    expect(await membersOf(id)).toBe(2);
  });

  it("slows down an address that tries too many links", async () => {
    const visitor = await makeUser();
    const from = address();
    const token = "y".repeat(43);
    let refusal: unknown;
    for (let attempt = 0; attempt < 205 && !refusal; attempt++) {
      refusal = await redeemInvitation({ userId: visitor.id, token, organisation: "", address: from }).then(
        () => undefined,
        (error: unknown) => (isAppError(error, "RATE_LIMITED") ? error : undefined),
      );
    }
    expect(isAppError(refusal, "RATE_LIMITED")).toBe(true);
    await expect(previewInvitation({ token, viewerId: null, address: from })).rejects.toSatisfy(fails("RATE_LIMITED"));
  });
});

describe("previewing invite links", () => {
  it("shows an open link's partnership name and goal, and nothing for other links", async () => {
    const { id, name, facilitator } = await makePartnership();
    const open = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    expect(await previewInvitation({ token: open.token, viewerId: null, address: address() })).toEqual({
      status: "open",
      partnership: { name, commonGoal: "A climate-adaptive river region by 2035" },
    });
    const revoked = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    await revokeInvitation(facilitator.id, id, revoked.invitation.id);
    expect(await previewInvitation({ token: revoked.token, viewerId: null, address: address() })).toEqual({ status: "revoked" });
    const expired = await createInvitation(facilitator.id, id, { expiresInDays: 1 });
    await db.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await previewInvitation({ token: expired.token, viewerId: null, address: address() })).toEqual({ status: "expired" });
    const usedUp = await createInvitation(facilitator.id, id, { expiresInDays: 1, maxUses: 1 });
    await db.invitation.update({ where: { id: usedUp.invitation.id }, data: { useCount: 1 } });
    expect(await previewInvitation({ token: usedUp.token, viewerId: null, address: address() })).toEqual({ status: "usedUp" });
    expect(await previewInvitation({ token: "not-a-token", viewerId: null, address: address() })).toEqual({ status: "unknown" });
    expect(await previewInvitation({ token: "z".repeat(43), viewerId: null, address: address() })).toEqual({ status: "unknown" });
  });

  it("sends a member to the partnership", async () => {
    const { id, facilitator } = await makePartnership();
    const { token } = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    expect(await previewInvitation({ token, viewerId: facilitator.id, address: address() })).toEqual({ status: "member", partnershipId: id });
  });
});

describe("coming back after a removal", () => {
  async function removedWithOldLink() {
    const member = await makeUser({ name: "Removed Partner" });
    const partnership = await makePartnership({ members: [{ user: member }] });
    const old = await createInvitation(partnership.facilitator.id, partnership.id, { expiresInDays: 14 });
    await removeMember(partnership.facilitator.id, partnership.id, await membershipId(member.id, partnership.id));
    return { ...partnership, member, old };
  }

  async function usesOf(invitationId: string) {
    return (await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).useCount;
  }

  async function isMember(user: TestUser, partnershipId: string) {
    return (await db.membership.count({ where: { userId: user.id, partnershipId } })) === 1;
  }

  it("remembers a removal with the database's time", async () => {
    const [{ before }] = await db.$queryRaw<[{ before: Date }]>`SELECT date_trunc('milliseconds', clock_timestamp()) AS "before"`;
    const { id, member } = await removedWithOldLink();
    const [{ after }] = await db.$queryRaw<[{ after: Date }]>`SELECT clock_timestamp() AS "after"`;
    const removal = await db.memberRemoval.findUniqueOrThrow({ where: { userId_partnershipId: { userId: member.id, partnershipId: id } } });
    expect(removal.removedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(removal.removedAt.getTime()).toBeLessThanOrEqual(after.getTime() + 1);
  });

  it("refuses a link made before the removal, without counting a use", async () => {
    const { id, member, old } = await removedWithOldLink();
    await expect(redeemInvitation({ userId: member.id, token: old.token, organisation: "", address: address() })).rejects.toSatisfy(
      fails("INVITE_PREDATES_REMOVAL"),
    );
    expect(await isMember(member, id)).toBe(false);
    expect(await usesOf(old.invitation.id)).toBe(0);
    expect(await previewInvitation({ token: old.token, viewerId: member.id, address: address() })).toEqual({ status: "removed" });
  });

  it("refuses a link made after joining but before the removal", async () => {
    const member = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: member }] });
    const made = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    await removeMember(facilitator.id, id, await membershipId(member.id, id));
    await expect(redeemInvitation({ userId: member.id, token: made.token, organisation: "", address: address() })).rejects.toSatisfy(
      fails("INVITE_PREDATES_REMOVAL"),
    );
    expect(await isMember(member, id)).toBe(false);
  });

  it("lets them in through a link made after the removal, and others still through the old one", async () => {
    const { id, facilitator, member, old } = await removedWithOldLink();
    const fresh = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    expect(await previewInvitation({ token: fresh.token, viewerId: member.id, address: address() })).toMatchObject({ status: "open" });
    expect(await redeemInvitation({ userId: member.id, token: fresh.token, organisation: "", address: address() })).toEqual({ partnershipId: id, joined: true });
    expect(await usesOf(fresh.invitation.id)).toBe(1);
    const newcomer = await makeUser();
    expect(await redeemInvitation({ userId: newcomer.id, token: old.token, organisation: "", address: address() })).toEqual({ partnershipId: id, joined: true });
  });

  it("counts only the latest removal: a link made between two removals no longer works after the second", async () => {
    const { id, facilitator, member } = await removedWithOldLink();
    const between = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    await redeemInvitation({ userId: member.id, token: between.token, organisation: "", address: address() });
    await removeMember(facilitator.id, id, await membershipId(member.id, id));
    await expect(redeemInvitation({ userId: member.id, token: between.token, organisation: "", address: address() })).rejects.toSatisfy(
      fails("INVITE_PREDATES_REMOVAL"),
    );
    const after = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    expect(await redeemInvitation({ userId: member.id, token: after.token, organisation: "", address: address() })).toMatchObject({ joined: true });
  });

  it("refuses a link made at the very moment of the removal, and compares the database's times", async () => {
    const { id, member, old } = await removedWithOldLink();
    const removal = await db.memberRemoval.findUniqueOrThrow({ where: { userId_partnershipId: { userId: member.id, partnershipId: id } } });
    await db.invitation.update({ where: { id: old.invitation.id }, data: { createdAt: removal.removedAt } });
    await expect(redeemInvitation({ userId: member.id, token: old.token, organisation: "", address: address() })).rejects.toSatisfy(
      fails("INVITE_PREDATES_REMOVAL"),
    );
    await db.invitation.update({ where: { id: old.invitation.id }, data: { createdAt: new Date(removal.removedAt.getTime() + 1) } });
    expect(await redeemInvitation({ userId: member.id, token: old.token, organisation: "", address: address() })).toMatchObject({ joined: true });
  });

  it("dates a new link by the database's clock", async () => {
    const { id, facilitator } = await makePartnership();
    const [{ before }] = await db.$queryRaw<[{ before: Date }]>`SELECT date_trunc('milliseconds', clock_timestamp()) AS "before"`;
    const { invitation } = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    const [{ after }] = await db.$queryRaw<[{ after: Date }]>`SELECT clock_timestamp() AS "after"`;
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(stored.createdAt.getTime()).toBeLessThanOrEqual(after.getTime());
  });

  it("lets someone who left on their own back in through the link they joined with", async () => {
    const { id, facilitator } = await makePartnership();
    const { token, invitation } = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    const member = await makeUser();
    await redeemInvitation({ userId: member.id, token, organisation: "", address: address() });
    await leavePartnership(member.id, id);
    expect(await previewInvitation({ token, viewerId: member.id, address: address() })).toMatchObject({ status: "open" });
    expect(await redeemInvitation({ userId: member.id, token, organisation: "", address: address() })).toEqual({ partnershipId: id, joined: true });
    expect(await usesOf(invitation.id)).toBe(2);
  });

  it("keeps a removal to its own partnership", async () => {
    const { member } = await removedWithOldLink();
    const other = await makePartnership();
    const { token } = await createInvitation(other.facilitator.id, other.id, { expiresInDays: 14 });
    expect(await redeemInvitation({ userId: member.id, token, organisation: "", address: address() })).toMatchObject({ joined: true });
  });

  it("never lets a removed member back in through an old link when the removal and the join race", async () => {
    for (let round = 0; round < 5; round++) {
      const member = await makeUser();
      const { id, facilitator } = await makePartnership({ members: [{ user: member }] });
      const old = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
      const target = await membershipId(member.id, id);
      const joins = Array.from({ length: 3 }, () => redeemInvitation({ userId: member.id, token: old.token, organisation: "", address: address() }));
      const outcomes = await Promise.allSettled([removeMember(facilitator.id, id, target), ...joins]);
      expect(outcomes[0]?.status).toBe("fulfilled");
      for (const outcome of outcomes.slice(1)) {
        if (outcome.status === "fulfilled") expect(outcome.value).toEqual({ partnershipId: id, joined: false });
        else expect(isAppError(outcome.reason, "INVITE_PREDATES_REMOVAL") ? "refused" : String(outcome.reason)).toBe("refused");
      }
      expect(await isMember(member, id)).toBe(false);
      expect(await usesOf(old.invitation.id)).toBe(0);
    }
  });
});

describe("what a newcomer shares", () => {
  it("lists, by the one visibility rule, what facilitators and all partners will read, and names the facilitators", async () => {
    const coFacilitator = await makeUser({ name: "Bram Co-Facilitator" });
    const { id, facilitator } = await makePartnership({ members: [{ user: coFacilitator, role: "FACILITATOR" }, { user: await makeUser({ name: "Plain Partner" }) }] });
    const { token } = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    const visitor = await makeUser();
    await setAnswers(visitor.id, { fears: "Heights", personality: "Curious", origin: "Tiel" }, { fears: "ONLY_ME", personality: "FACILITATORS", origin: "PARTNERS", statement: "ONLY_ME" });
    const preview = await previewInvitation({ token, viewerId: visitor.id, address: address() });
    if (preview.status !== "open" || !preview.sharing) throw new Error(`expected an open preview with sharing, got ${preview.status}`);
    const { sharing } = preview;
    expect(sharing.facilitators).toEqual([facilitator.name, "Bram Co-Facilitator"]);
    expect(sharing.facilitatorsRead).toContain("personality");
    expect(sharing.facilitatorsRead).toContain("origin");
    expect(sharing.facilitatorsRead).not.toContain("fears");
    expect(sharing.partnersRead).toContain("origin");
    expect(sharing.partnersRead).not.toContain("personality");
    expect(sharing.partnersRead).not.toContain("fears");
    expect(sharing.onlyYou).toEqual(["fears", "irritations", "statement"]);
    expect(sharing.empty).not.toContain("origin");
    expect(sharing.empty).toContain("knowledgeSkills");
  });

  it("says nothing of the partnership's people to someone signed out or holding a closed link", async () => {
    const { id, facilitator } = await makePartnership();
    const open = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    expect(await previewInvitation({ token: open.token, viewerId: null, address: address() })).not.toHaveProperty("sharing");
    await revokeInvitation(facilitator.id, id, open.invitation.id);
    const visitor = await makeUser();
    expect(await previewInvitation({ token: open.token, viewerId: visitor.id, address: address() })).toEqual({ status: "revoked" });
  });
});
