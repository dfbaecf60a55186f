import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { hashInviteToken } from "@/lib/invitations/invite-token";
import { listOpenInvitations } from "@/lib/invitations/list-open-invitations";
import { previewInvitation } from "@/lib/invitations/preview-invitation";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { makePartnership, makeUser } from "@/lib/testing/factories";

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
