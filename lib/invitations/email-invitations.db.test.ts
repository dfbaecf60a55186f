import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { QUEUES } from "@/lib/jobs/queue";
import { hashInviteToken } from "@/lib/invitations/invite-token";
import { listOpenInvitations } from "@/lib/invitations/list-open-invitations";
import { listPersonalInvitations } from "@/lib/invitations/list-personal-invitations";
import { personalInviteToken } from "@/lib/invitations/personal-invite-token";
import { previewInvitation } from "@/lib/invitations/preview-invitation";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { sendInvitationReminders } from "@/lib/invitations/send-invitation-reminders";
import { sendInvitations } from "@/lib/invitations/send-invitations";
import { makePartnership, makeUser, uniqueEmail } from "@/lib/testing/factories";

function address() {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

const fails = (code: AppErrorCode) => (error: unknown) => isAppError(error, code);

async function send(facilitatorId: string, partnershipId: string, emails: string, message = "") {
  return sendInvitations(facilitatorId, partnershipId, { emails, message, locale: "en" });
}

async function invitationOf(partnershipId: string, email: string) {
  return db.invitation.findFirstOrThrow({ where: { partnershipId, email, revokedAt: null } });
}

async function messagesTo(email: string, kind = "invitation") {
  return db.emailMessage.findMany({ where: { to: email, kind }, orderBy: { createdAt: "asc" } });
}

async function jobsFor(messageId: string) {
  return db.$queryRaw<{ id: string }[]>`SELECT id FROM pgboss.job WHERE name = ${QUEUES.sendEmail} AND data->>'messageId' = ${messageId}`;
}

/** The token of a personal invitation, from the link in its email. */
function tokenIn(text: string) {
  const match = /\/invite\/([A-Za-z0-9_-]{43})/.exec(text);
  if (!match?.[1]) throw new Error(`no invite link in ${text}`);
  return match[1];
}

describe("sending invitations by email", () => {
  it("creates one personal invitation and one queued email (with its job) per address", async () => {
    const { id, name, facilitator } = await makePartnership({ name: `Email partnership ${Date.now()}` });
    const [a, b, c] = [uniqueEmail("Anna"), uniqueEmail("bram"), uniqueEmail("cor")];
    const result = await send(facilitator.id, id, `${a.toUpperCase()}, ${b};\n${c} ${b}`, "Welcome <b>aboard</b> & see you");
    expect(result).toEqual({ sent: [a, b, c], renewed: [], alreadyMembers: [] });
    for (const email of [a, b, c]) {
      const invitation = await invitationOf(id, email);
      expect(invitation).toMatchObject({ maxUses: 1, useCount: 0, createdById: facilitator.id, message: "Welcome <b>aboard</b> & see you" });
      const days = (invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000;
      expect(days).toBeCloseTo(14, 3);
      const [message, ...more] = await messagesTo(email);
      expect(more).toHaveLength(0);
      expect(message).toMatchObject({ status: "QUEUED", locale: "en" });
      expect(message!.subject).toContain(name);
      expect(message!.text).toContain(name);
      expect(message!.text).toContain("A climate-adaptive river region by 2035");
      expect(message!.text).toContain("Welcome <b>aboard</b> & see you");
      expect(message!.html).toContain("Welcome &lt;b&gt;aboard&lt;/b&gt; &amp; see you");
      expect(message!.html).not.toContain("<b>aboard");
      expect(message!.text).toContain(facilitator.name);
      // The link is the invitation's: its token's fingerprint is what is stored, never the token.
      const token = tokenIn(message!.text);
      expect(hashInviteToken(token)).toBe(invitation.tokenHash);
      expect(JSON.stringify(invitation)).not.toContain(token);
      expect(await jobsFor(message!.id)).toHaveLength(1);
    }
  });

  it("refuses a list with a bad address whole: no invitation, no email", async () => {
    const { id, facilitator } = await makePartnership();
    const good = uniqueEmail("good");
    await expect(send(facilitator.id, id, `${good}, not-an-address`)).rejects.toSatisfy(
      (error: unknown) => isAppError(error, "INVALID") && error.field === "emails",
    );
    await expect(send(facilitator.id, id, "  , ;  ")).rejects.toSatisfy(fails("INVALID"));
    const tooMany = Array.from({ length: 51 }, (_, index) => `person${index}-${Date.now()}@test.samenspel.nl`).join(" ");
    await expect(send(facilitator.id, id, tooMany)).rejects.toSatisfy(fails("INVALID"));
    expect(await db.invitation.count({ where: { partnershipId: id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: good } })).toBe(0);
  });

  it("lets only facilitators send", async () => {
    const member = await makeUser();
    const { id } = await makePartnership({ members: [{ user: member }] });
    const stranger = await makeUser();
    await expect(send(member.id, id, uniqueEmail())).rejects.toSatisfy(fails("FORBIDDEN"));
    await expect(send(stranger.id, id, uniqueEmail())).rejects.toSatisfy(fails("NOT_FOUND"));
    expect(await db.invitation.count({ where: { partnershipId: id } })).toBe(0);
  });

  it("skips people already in the partnership and replaces an open invitation with a fresh link", async () => {
    const member = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: member }] });
    const newcomer = uniqueEmail("newcomer");
    await send(facilitator.id, id, newcomer);
    const first = await invitationOf(id, newcomer);
    const result = await send(facilitator.id, id, `${newcomer} ${member.email}`);
    expect(result).toEqual({ sent: [newcomer], renewed: [newcomer], alreadyMembers: [member.email] });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: first.id } })).revokedAt).not.toBeNull();
    const second = await invitationOf(id, newcomer);
    expect(second.id).not.toBe(first.id);
    expect(await db.invitation.count({ where: { partnershipId: id, email: newcomer, revokedAt: null } })).toBe(1);
    expect(await messagesTo(member.email)).toHaveLength(0);
    const [oldEmail, newEmail] = await messagesTo(newcomer);
    expect(tokenIn(oldEmail!.text)).not.toBe(tokenIn(newEmail!.text));
    const visitor = await makeUser({ email: newcomer });
    await expect(redeemInvitation({ userId: visitor.id, token: tokenIn(oldEmail!.text), organisation: "", address: address() })).rejects.toSatisfy(
      fails("INVITE_REVOKED"),
    );
    // Personal invitations are not among the shareable links.
    expect(await listOpenInvitations(facilitator.id, id)).toEqual([]);
  });

  it("writes to someone with an account in their language, to others in the facilitator's", async () => {
    const dutch = await makeUser({ name: "Dirk Dutch" });
    await db.user.update({ where: { id: dutch.id }, data: { locale: "nl" } });
    const { id, facilitator } = await makePartnership();
    const stranger = uniqueEmail("stranger");
    await sendInvitations(facilitator.id, id, { emails: `${dutch.email} ${stranger}`, message: "", locale: "en" });
    const [toDutch] = await messagesTo(dutch.email);
    expect(toDutch).toMatchObject({ locale: "nl" });
    expect(toDutch!.text).toContain("Hallo Dirk Dutch,");
    expect(toDutch!.subject).toContain("nodigt je uit");
    expect(await db.notification.findMany({ where: { userId: dutch.id }, select: { kind: true, partnershipId: true } })).toEqual([{ kind: "INVITATION", partnershipId: id }]);
    const [toStranger] = await messagesTo(stranger);
    expect(toStranger).toMatchObject({ locale: "en" });
    expect(toStranger!.text).toContain("Hello,");
    const other = uniqueEmail("other");
    await sendInvitations(facilitator.id, id, { emails: other, message: "", locale: "nl" });
    expect((await messagesTo(other))[0]).toMatchObject({ locale: "nl" });
  });
});

describe("redeeming a personal invitation", () => {
  async function invited() {
    const { id, facilitator, name } = await makePartnership();
    const email = uniqueEmail("invitee");
    await send(facilitator.id, id, email);
    const token = tokenIn((await messagesTo(email))[0]!.text);
    return { id, facilitator, name, email, token };
  }

  it("refuses another account, with the address masked, and joins nobody", async () => {
    const { id, token, email } = await invited();
    const someoneElse = await makeUser();
    const preview = await previewInvitation({ token, viewerId: someoneElse.id, address: address() });
    expect(preview).toEqual({ status: "otherAddress", maskedEmail: `i•••@${email.split("@")[1]}` });
    await expect(redeemInvitation({ userId: someoneElse.id, token, organisation: "", address: address() })).rejects.toSatisfy(
      (error: unknown) => isAppError(error, "FORBIDDEN") && error.params.maskedEmail === `i•••@test.samenspel.nl`,
    );
    expect(await db.membership.count({ where: { partnershipId: id } })).toBe(1);
    const invitation = await invitationOf(id, email);
    expect(invitation).toMatchObject({ useCount: 0, joinedAt: null, openedAt: null });
  });

  it("lets the account with that address in, recording when it was opened and joined", async () => {
    const { id, token, email, name } = await invited();
    const signedOut = await previewInvitation({ token, viewerId: null, address: address() });
    expect(signedOut).toMatchObject({ status: "open", partnership: { name }, invitedEmail: "i•••@test.samenspel.nl" });
    const opened = (await invitationOf(id, email)).openedAt;
    expect(opened).not.toBeNull();
    const invitee = await makeUser({ email });
    expect(await previewInvitation({ token, viewerId: invitee.id, address: address() })).toMatchObject({ status: "open" });
    expect((await invitationOf(id, email)).openedAt).toEqual(opened);
    expect(await redeemInvitation({ userId: invitee.id, token, organisation: "Gemeente Tiel", address: address() })).toEqual({ partnershipId: id, joined: true });
    const after = await invitationOf(id, email);
    expect(after.useCount).toBe(1);
    expect(after.joinedAt).not.toBeNull();
    expect(after.openedAt).toEqual(opened);
  });

  it("lists each address with its state: sent, opened, joined, expired, revoked", async () => {
    const { id, facilitator } = await makePartnership();
    const [sent, opened, joined, expired, revoked] = ["sent", "opened", "joined", "expired", "revoked"].map((label) => uniqueEmail(label));
    await send(facilitator.id, id, [sent, opened, joined, expired, revoked].join(", "));
    const tokenOf = async (email: string) => tokenIn((await messagesTo(email))[0]!.text);
    await previewInvitation({ token: await tokenOf(opened!), viewerId: null, address: address() });
    const joiner = await makeUser({ email: joined });
    await redeemInvitation({ userId: joiner.id, token: await tokenOf(joined!), organisation: "", address: address() });
    await db.invitation.updateMany({ where: { partnershipId: id, email: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await revokeInvitation(facilitator.id, id, (await invitationOf(id, revoked!)).id);
    const listed = await listPersonalInvitations(facilitator.id, id);
    const stateOf = Object.fromEntries(listed.map((row) => [row.email, row.state]));
    expect(stateOf).toEqual({ [sent!]: "sent", [opened!]: "opened", [joined!]: "joined", [expired!]: "expired", [revoked!]: "revoked" });
    expect(listed.every((row) => row.createdByName === facilitator.name)).toBe(true);
    const member = await makeUser();
    await expect(listPersonalInvitations(member.id, id)).rejects.toSatisfy(fails("NOT_FOUND"));
  });
});

describe("reminding personal invitations", () => {
  async function sentDaysAgo(days: number, emails: string[]) {
    const { id, facilitator } = await makePartnership();
    await send(facilitator.id, id, emails.join(" "), "See you there");
    await db.invitation.updateMany({ where: { partnershipId: id }, data: { createdAt: new Date(Date.now() - days * 86_400_000) } });
    return { id, facilitator };
  }

  it("does not remind before three days", async () => {
    const email = uniqueEmail("early");
    const { id } = await sentDaysAgo(2.9, [email]);
    await sendInvitationReminders();
    expect((await invitationOf(id, email)).remindedAt).toBeNull();
    expect(await messagesTo(email, "invitation-reminder")).toHaveLength(0);
  });

  it("reminds once after three days, with the same link, even when several instances run at once", async () => {
    const email = uniqueEmail("late");
    const { id } = await sentDaysAgo(3.1, [email]);
    const results = await Promise.all([1, 2, 3, 4].map(() => sendInvitationReminders()));
    expect(results.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1);
    const reminders = await messagesTo(email, "invitation-reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toMatch(/^Reminder/);
    expect(reminders[0]!.text).toContain("See you there");
    expect(await jobsFor(reminders[0]!.id)).toHaveLength(1);
    const invitation = await invitationOf(id, email);
    expect(invitation.remindedAt).not.toBeNull();
    expect(tokenIn(reminders[0]!.text)).toBe(tokenIn((await messagesTo(email))[0]!.text));
    expect(hashInviteToken(tokenIn(reminders[0]!.text))).toBe(invitation.tokenHash);
    await sendInvitationReminders();
    expect(await messagesTo(email, "invitation-reminder")).toHaveLength(1);
  });

  it("does not remind joined, revoked or expired invitations", async () => {
    const [joined, revoked, expired] = [uniqueEmail("joined"), uniqueEmail("revoked"), uniqueEmail("expired")];
    const { id, facilitator } = await sentDaysAgo(4, [joined, revoked, expired]);
    const joiner = await makeUser({ email: joined });
    await redeemInvitation({ userId: joiner.id, token: tokenIn((await messagesTo(joined))[0]!.text), organisation: "", address: address() });
    await revokeInvitation(facilitator.id, id, (await invitationOf(id, revoked)).id);
    await db.invitation.updateMany({ where: { partnershipId: id, email: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await sendInvitationReminders();
    for (const email of [joined, revoked, expired]) expect(await messagesTo(email, "invitation-reminder")).toHaveLength(0);
  });

  it("derives the link from the invitation's id under the server's secret", async () => {
    const email = uniqueEmail("derived");
    const { id } = await sentDaysAgo(0, [email]);
    const invitation = await invitationOf(id, email);
    expect(personalInviteToken(invitation.id).tokenHash).toBe(invitation.tokenHash);
    expect(personalInviteToken(invitation.id).token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
