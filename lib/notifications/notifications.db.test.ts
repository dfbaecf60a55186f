import { describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db";
import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { changeMemberRole } from "@/lib/memberships/change-member-role";
import { addNote } from "@/lib/notes/add-note";
import { DEFAULT_CHANNELS } from "@/lib/notifications/kinds";
import { notify } from "@/lib/notifications/notify";
import { notifyKickoffStarted } from "@/lib/notifications/notify-kickoff-started";
import { notifyRoleChange } from "@/lib/notifications/notify-role-change";
import { sendNotificationDigests } from "@/lib/notifications/send-notification-digests";
import { unsubscribe } from "@/lib/notifications/unsubscribe";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { makePartnership, makeUser, membershipId, setAnswers, type TestUser } from "@/lib/testing/factories";

const NOTE_DATA = { partnershipName: "Klimaatpact", authorName: "Anna", noteKind: "APPRECIATION" as const, subjectMembershipId: "m1" };

async function prefer(userId: string, kind: NotificationKind, channel: NotificationChannel) {
  await db.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, channel }, update: { channel } });
}

const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const emailsTo = (user: TestUser, kind = "notification") => db.emailMessage.findMany({ where: { to: user.email.toLowerCase(), kind } });

async function jobsFor(messageId: string) {
  return db.$queryRaw<{ id: string }[]>`SELECT id FROM pgboss.job WHERE name = 'send-email' AND data->>'messageId' = ${messageId}`;
}

/** A transaction that counts the database operations asked of it (model calls and raw queries). */
function counting(tx: Tx) {
  let operations = 0;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value: unknown = Reflect.get(object, property);
        if (typeof value === "function") {
          return (...args: unknown[]) => {
            operations++;
            return (value as (...args: unknown[]) => unknown).apply(object, args);
          };
        }
        if (value && typeof value === "object" && object === tx) return wrap(value);
        return value;
      },
    });
  return { tx: wrap(tx), operations: () => operations };
}

describe("notify", () => {
  it("honours each user's channel: OFF creates nothing, IN_APP and DIGEST a notification, EMAIL also one email", async () => {
    const [inApp, email, digest, off] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    await Promise.all([prefer(inApp.id, "NOTE_ABOUT_ME", "IN_APP"), prefer(email.id, "NOTE_ABOUT_ME", "EMAIL"), prefer(digest.id, "NOTE_ABOUT_ME", "DIGEST"), prefer(off.id, "NOTE_ABOUT_ME", "OFF")]);

    const result = await db.$transaction((tx) => notify(tx, { userIds: [inApp.id, email.id, digest.id, off.id], kind: "NOTE_ABOUT_ME", data: NOTE_DATA }));

    expect(result).toEqual({ created: 3, emailed: 1 });
    expect(await notificationsOf(off.id)).toEqual([]);
    for (const user of [inApp, email, digest]) {
      const [notification, ...more] = await notificationsOf(user.id);
      expect(more).toEqual([]);
      expect(notification).toMatchObject({ kind: "NOTE_ABOUT_ME", data: NOTE_DATA, readAt: null, digestedAt: null });
    }
    expect(await emailsTo(inApp)).toEqual([]);
    expect(await emailsTo(digest)).toEqual([]);
    const [sent, ...others] = await emailsTo(email);
    expect(others).toEqual([]);
    expect(sent!.subject).toBe("Anna left you an appreciation in Klimaatpact");
    expect(sent!.unsubscribeUrl).toMatch(/\/api\/unsubscribe\?token=/);
    const token = new URL(sent!.unsubscribeUrl!).searchParams.get("token");
    expect(readUnsubscribeToken(token)).toEqual({ userId: email.id, scope: "NOTE_ABOUT_ME" });
    expect(sent!.text).toContain(sent!.unsubscribeUrl);
    expect(await jobsFor(sent!.id)).toHaveLength(1);
  });

  it("uses the defaults without a preference, writes in the recipient's language, and tells nobody when rolled back", async () => {
    const user = await makeUser({ name: "Bram" });
    await db.user.update({ where: { id: user.id }, data: { locale: "nl" } });
    await db.$transaction((tx) => notify(tx, { userId: user.id, kind: "NOTE_ABOUT_ME", data: NOTE_DATA }));
    expect(DEFAULT_CHANNELS.NOTE_ABOUT_ME).toBe("EMAIL");
    const [sent] = await emailsTo(user);
    expect(sent).toMatchObject({ locale: "nl", subject: "Anna heeft je een waardering gegeven in Klimaatpact" });
    expect(sent!.text).toContain("Hallo Bram");

    const other = await makeUser();
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { userId: other.id, kind: "NOTE_ABOUT_ME", data: NOTE_DATA });
        throw new Error("the request failed");
      }),
    ).rejects.toThrow("the request failed");
    expect(await notificationsOf(other.id)).toEqual([]);
    expect(await emailsTo(other)).toEqual([]);
  });

  it("asks the database the same number of times for one or many users, emails included", async () => {
    const operationsFor = async (count: number) => {
      const users = await Promise.all(Array.from({ length: count }, () => makeUser()));
      for (const user of users) await prefer(user.id, "KICKOFF_STARTED", "EMAIL");
      return db.$transaction(async (tx) => {
        const counted = counting(tx);
        const result = await notify(counted.tx, { userIds: users.map((user) => user.id), kind: "KICKOFF_STARTED", data: { partnershipName: "P", starterName: "S", kickoffId: "k" } });
        expect(result.emailed).toBe(count);
        return counted.operations();
      });
    };
    expect(await operationsFor(6)).toBe(await operationsFor(1));
  });
});

describe("the hooks", () => {
  it("a note tells the member it is about, by name and link only, never its text", async () => {
    const [anna, bram] = await Promise.all([makeUser({ name: "Anna" }), makeUser({ name: "Bram" })]);
    const partnership = await makePartnership({ name: "Klimaatpact", members: [{ user: anna }, { user: bram }] });
    await setAnswers(bram.id, { fears: "SECRET-FEAR" }, { fears: "PARTNERS" });
    const bramMembership = await membershipId(bram.id, partnership.id);
    await addNote(anna.id, { partnershipId: partnership.id, subjectId: bramMembership, kind: "QUESTION", body: "SECRET-NOTE-BODY" });

    const [notification] = await notificationsOf(bram.id);
    expect(notification).toMatchObject({ kind: "NOTE_ABOUT_ME", partnershipId: partnership.id, data: { authorName: "Anna", partnershipName: "Klimaatpact", noteKind: "QUESTION", subjectMembershipId: bramMembership } });
    expect(await notificationsOf(anna.id)).toEqual([]);
    const [sent] = await emailsTo(bram);
    expect(sent!.subject).toBe("Anna asked you a question in Klimaatpact");
    expect(sent!.text).toContain(`/partnerships/${partnership.id}/members/${bramMembership}`);
    for (const part of [sent!.text, sent!.html, sent!.subject]) {
      expect(part).not.toContain("SECRET-NOTE-BODY");
      expect(part).not.toContain("SECRET-FEAR");
    }
  });

  it("a kickoff tells every other member, not the facilitator who started it", async () => {
    const [anna, bram] = await Promise.all([makeUser(), makeUser()]);
    const partnership = await makePartnership({ members: [{ user: anna }, { user: bram }] });
    const { sessionId } = await startKickoff(partnership.facilitator.id, partnership.id);
    for (const user of [anna, bram]) {
      expect(await notificationsOf(user.id)).toMatchObject([{ kind: "KICKOFF_STARTED", data: { kickoffId: sessionId, starterName: "Test Facilitator" } }]);
    }
    expect(await notificationsOf(partnership.facilitator.id)).toEqual([]);
  });

  it("a promotion tells the member and the others; a demotion tells the member only; each with a constant number of queries", async () => {
    const [anna, bram, carla] = await Promise.all([makeUser({ name: "Anna" }), makeUser({ name: "Bram" }), makeUser({ name: "Carla" })]);
    const partnership = await makePartnership({ members: [{ user: anna }, { user: bram }, { user: carla }] });
    await setAnswers(bram.id, { fears: "Heights" }, { fears: "FACILITATORS" });
    const annaMembership = await membershipId(anna.id, partnership.id);
    await changeMemberRole(partnership.facilitator.id, partnership.id, annaMembership, "FACILITATOR");

    expect(await notificationsOf(anna.id)).toMatchObject([{ kind: "ROLE_CHANGE", data: { you: true, role: "FACILITATOR", subjectName: "Anna" } }]);
    expect(await notificationsOf(carla.id)).toMatchObject([{ kind: "ROLE_CHANGE", data: { you: false, role: "FACILITATOR", subjectName: "Anna" } }]);
    // Bram's "Facilitators" answer has a new reader: told that too (an audience change).
    const bramKinds = (await notificationsOf(bram.id)).map((notification) => notification.kind).sort();
    expect(bramKinds).toEqual(["AUDIENCE_CHANGE", "ROLE_CHANGE"]);
    expect((await notificationsOf(bram.id)).find((notification) => notification.kind === "AUDIENCE_CHANGE")?.data).toMatchObject({ readerName: "Anna", readerId: anna.id });
    expect(await notificationsOf(partnership.facilitator.id)).toEqual([]);

    await changeMemberRole(partnership.facilitator.id, partnership.id, annaMembership, "MEMBER");
    expect((await notificationsOf(anna.id)).at(-1)).toMatchObject({ kind: "ROLE_CHANGE", data: { you: true, role: "MEMBER" } });
    expect(await notificationsOf(carla.id)).toHaveLength(1);

    const operationsFor = async (count: number) => {
      const users = await Promise.all(Array.from({ length: count }, () => makeUser()));
      const world = await makePartnership({ members: users.map((user) => ({ user })) });
      for (const user of users) await prefer(user.id, "ROLE_CHANGE", "EMAIL");
      return db.$transaction(async (tx) => {
        const counted = counting(tx);
        await notifyRoleChange(counted.tx, { actorId: world.facilitator.id, partnershipId: world.id, subjectUserId: users[0]!.id, role: "FACILITATOR" });
        await notifyKickoffStarted(counted.tx, { actorId: world.facilitator.id, partnershipId: world.id, kickoffId: "k" });
        return counted.operations();
      });
    };
    expect(await operationsFor(6)).toBe(await operationsFor(2));
  });
});

describe("the daily digest", () => {
  it("sends one email per user listing their items, claiming each once even when two instances run at once", async () => {
    const [anna, bram, inApp] = await Promise.all([makeUser({ name: "Anna" }), makeUser({ name: "Bram" }), makeUser()]);
    await prefer(inApp.id, "ROLE_CHANGE", "IN_APP");
    expect(DEFAULT_CHANNELS.ROLE_CHANGE).toBe("DIGEST");
    const role = (partnershipName: string) => ({ partnershipName, actorName: "F", subjectName: "S", subjectUserId: "u", role: "FACILITATOR" as const, you: false });
    await db.$transaction(async (tx) => {
      await notify(tx, { userIds: [anna.id, bram.id, inApp.id], kind: "ROLE_CHANGE", data: role("Rivierenland") });
      await notify(tx, { userId: anna.id, kind: "ROLE_CHANGE", data: role("Maasdelta") });
    });
    await prefer(anna.id, "KICKOFF_STARTED", "DIGEST");
    await db.$transaction((tx) => notify(tx, { userId: anna.id, kind: "KICKOFF_STARTED", data: { partnershipName: "Veluwe", starterName: "Kim", kickoffId: "k" } }));

    await Promise.all([sendNotificationDigests(), sendNotificationDigests(), sendNotificationDigests()]);

    const annaDigests = await emailsTo(anna, "notification-digest");
    expect(annaDigests).toHaveLength(1);
    expect(annaDigests[0]!.subject).toBe("Your Samenspel summary: 3 notifications");
    for (const name of ["Rivierenland", "Maasdelta", "Kim started a kickoff in Veluwe"]) expect(annaDigests[0]!.text).toContain(name);
    expect(readUnsubscribeToken(new URL(annaDigests[0]!.unsubscribeUrl!).searchParams.get("token"))).toEqual({ userId: anna.id, scope: "all" });
    expect(await emailsTo(bram, "notification-digest")).toHaveLength(1);
    expect(await emailsTo(inApp, "notification-digest")).toEqual([]);
    expect((await notificationsOf(anna.id)).every((notification) => notification.digestedAt !== null)).toBe(true);
    expect((await notificationsOf(inApp.id))[0]!.digestedAt).toBeNull();

    await sendNotificationDigests();
    expect(await emailsTo(anna, "notification-digest")).toHaveLength(1);
  });
});

describe("one-click unsubscribe", () => {
  it("switches the token's kind to the app only, for the token's user alone", async () => {
    const [anna, bram] = await Promise.all([makeUser(), makeUser()]);
    expect(await unsubscribe(unsubscribeToken(anna.id, "NOTE_ABOUT_ME"))).toMatchObject({ scope: "NOTE_ABOUT_ME" });
    expect(await db.notificationPreference.findMany({ where: { userId: anna.id }, select: { kind: true, channel: true } })).toEqual([{ kind: "NOTE_ABOUT_ME", channel: "IN_APP" }]);
    expect(await db.notificationPreference.count({ where: { userId: bram.id } })).toBe(0);
    // Twice changes nothing more.
    expect(await unsubscribe(unsubscribeToken(anna.id, "NOTE_ABOUT_ME"))).not.toBeNull();
  });

  it("refuses forged tokens and another user's signature", async () => {
    const [anna, bram] = await Promise.all([makeUser(), makeUser()]);
    const genuine = unsubscribeToken(anna.id, "NOTE_ABOUT_ME");
    const signature = genuine.split(".")[2]!;
    const forged = [
      `${bram.id}.NOTE_ABOUT_ME.${signature}`,
      `${anna.id}.all.${signature}`,
      `${anna.id}.NOTE_ABOUT_ME.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`,
      `${anna.id}.NOTE_ABOUT_ME`,
      `${genuine}.extra`,
      "",
      "x".repeat(5000),
      undefined,
    ];
    for (const token of forged) expect(await unsubscribe(token), String(token).slice(0, 80)).toBeNull();
    expect(await db.notificationPreference.count({ where: { userId: { in: [anna.id, bram.id] } } })).toBe(0);
  });

  it("an 'all' token stops every emailing kind and leaves Off off", async () => {
    const anna = await makeUser();
    await prefer(anna.id, "KICKOFF_STARTED", "OFF");
    await prefer(anna.id, "INVITATION", "DIGEST");
    await unsubscribe(unsubscribeToken(anna.id, "all"));
    const saved = Object.fromEntries((await db.notificationPreference.findMany({ where: { userId: anna.id } })).map((p) => [p.kind, p.channel]));
    expect(saved).toEqual({ NOTE_ABOUT_ME: "IN_APP", INVITATION: "IN_APP", KICKOFF_STARTED: "OFF", ROLE_CHANGE: "IN_APP", AUDIENCE_CHANGE: "IN_APP", SESSION_PLANNED: "IN_APP" });
  });
});
