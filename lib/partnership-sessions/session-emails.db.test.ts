import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { removeMember } from "@/lib/memberships/remove-member";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { removePlannedSession } from "@/lib/partnership-sessions/remove-planned-session";
import { sendSessionReminders } from "@/lib/partnership-sessions/send-session-reminders";
import { instantFromWallTime } from "@/lib/partnership-sessions/wall-time";
import { setPartnershipTimeZone } from "@/lib/partnerships/set-partnership-time-zone";
import { makePartnership, makeUser, membershipId, setAnswers } from "@/lib/testing/factories";

const HOUR = 3_600_000;

async function setup() {
  const anna = await makeUser({ name: "Anna Member" });
  const bram = await makeUser({ name: "Bram Lid" });
  await db.user.update({ where: { id: bram.id }, data: { locale: "nl" } });
  const partnership = await makePartnership({ name: "Rivierenland", members: [{ user: anna }, { user: bram }] });
  return { partnership, facilitator: partnership.facilitator, anna, bram };
}

const emailsTo = (email: string, kind: string) => db.emailMessage.findMany({ where: { to: email.toLowerCase(), kind }, orderBy: { createdAt: "asc" } });

/** A plan made two days ago for a time within the next day: due for its reminder. */
async function planDue(facilitatorId: string, partnershipId: string, title: string) {
  const plan = await planSession(facilitatorId, partnershipId, { title, scheduledAt: new Date(Date.now() + 5 * HOUR), steps: ["WHO_AM_I"] });
  await db.plannedSession.update({ where: { id: plan.id }, data: { createdAt: new Date(Date.now() - 48 * HOUR) } });
  return plan;
}

describe("the email of a planned session", () => {
  it("goes to the other members, each in their language, with the time in the partnership's zone and both links", async () => {
    const { partnership, facilitator, anna, bram } = await setup();
    await setAnswers(anna.id, { fears: "Secret fear of heights", statement: "Dry feet for all" }, { fears: "ONLY_ME", statement: "PARTNERS" });
    await setPartnershipTimeZone(facilitator.id, partnership.id, "America/New_York");
    const scheduledAt = instantFromWallTime("2027-06-10T14:30", "America/New_York")!;
    const plan = await planSession(facilitator.id, partnership.id, { title: "Check-in", scheduledAt, steps: ["WHO_AM_I"], timeZone: "America/New_York" });

    const [toAnna] = await emailsTo(anna.email, "session-planned");
    expect(toAnna).toBeDefined();
    expect(toAnna!.locale).toBe("en");
    expect(toAnna!.subject).toContain("Check-in");
    expect(toAnna!.text).toContain("Test Facilitator planned a session “Check-in” of the partnership “Rivierenland”");
    expect(toAnna!.text).toContain("2:30 PM");
    expect(toAnna!.text).toContain("America/New_York");
    expect(toAnna!.text).toContain(`/partnerships/${partnership.id}/sessions\n`);
    expect(toAnna!.text).toContain(`/partnerships/${partnership.id}/sessions/calendar/${plan.id}`);
    expect(toAnna!.unsubscribeUrl).toContain("/api/unsubscribe?token=");
    for (const part of [toAnna!.text, toAnna!.html]) {
      expect(part).not.toContain("Secret fear");
      expect(part).not.toContain("Dry feet");
    }

    const [toBram] = await emailsTo(bram.email, "session-planned");
    expect(toBram!.locale).toBe("nl");
    expect(toBram!.text).toContain("heeft een sessie “Check-in” gepland");
    expect(toBram!.text).toContain("14:30");

    // The planner is not told of their own plan.
    expect(await emailsTo(facilitator.email, "session-planned")).toEqual([]);
  });

  it("follows each member's preference for planned sessions", async () => {
    const { partnership, facilitator, anna, bram } = await setup();
    await db.notificationPreference.create({ data: { userId: anna.id, kind: "SESSION_PLANNED", channel: "OFF" } });
    await db.notificationPreference.create({ data: { userId: bram.id, kind: "SESSION_PLANNED", channel: "IN_APP" } });
    await planSession(facilitator.id, partnership.id, { title: "Quiet one", scheduledAt: new Date(Date.now() + 72 * HOUR), steps: ["WHO_AM_I"] });
    expect(await emailsTo(anna.email, "session-planned")).toEqual([]);
    expect(await emailsTo(bram.email, "session-planned")).toEqual([]);
    expect(await db.notification.count({ where: { userId: anna.id, kind: "SESSION_PLANNED" } })).toBe(0);
    expect(await db.notification.count({ where: { userId: bram.id, kind: "SESSION_PLANNED" } })).toBe(1);
  });
});

describe("the reminder the day before", () => {
  it("goes out once per plan to everyone in it, even when several runs race, and asks to look at profile and mission again", async () => {
    const { partnership, facilitator, anna, bram } = await setup();
    const plan = await planDue(facilitator.id, partnership.id, "Tomorrow's session");
    await Promise.all([sendSessionReminders(), sendSessionReminders(), sendSessionReminders()]);
    await sendSessionReminders();

    for (const person of [anna, bram, facilitator]) expect(await emailsTo(person.email, "session-reminder")).toHaveLength(1);
    const [toAnna] = await emailsTo(anna.email, "session-reminder");
    expect(toAnna!.subject).toBe("Tomorrow: session “Tomorrow's session” of Rivierenland");
    expect(toAnna!.text).toContain("look at your profile and personal mission again");
    expect(toAnna!.text).toMatch(/\/profile\n/);
    expect(toAnna!.text).toContain(`/partnerships/${partnership.id}/sessions/calendar/${plan.id}`);
    expect((await db.plannedSession.findUniqueOrThrow({ where: { id: plan.id } })).remindedAt).not.toBeNull();
  });

  it("is not sent to someone removed, nor for a plan taken off, nor early, nor for a plan made at short notice", async () => {
    const { partnership, facilitator, anna, bram } = await setup();
    const removedFrom = await planDue(facilitator.id, partnership.id, "Without Bram");
    await removeMember(facilitator.id, partnership.id, await membershipId(bram.id, partnership.id));
    const takenOff = await planDue(facilitator.id, partnership.id, "Taken off");
    await removePlannedSession(facilitator.id, partnership.id, takenOff.id);
    const later = await planSession(facilitator.id, partnership.id, { title: "Next week", scheduledAt: new Date(Date.now() + 7 * 24 * HOUR), steps: ["WHO_AM_I"] });
    await db.plannedSession.update({ where: { id: later.id }, data: { createdAt: new Date(Date.now() - 48 * HOUR) } });
    const shortNotice = await planSession(facilitator.id, partnership.id, { title: "Short notice", scheduledAt: new Date(Date.now() + 3 * HOUR), steps: ["WHO_AM_I"] });

    await sendSessionReminders();
    const subjects = async (email: string) => (await emailsTo(email, "session-reminder")).map((message) => message.subject);
    expect(await subjects(anna.email)).toEqual(["Tomorrow: session “Without Bram” of Rivierenland"]);
    expect(await subjects(bram.email)).toEqual([]);
    const remindedAt = async (id: string) => (await db.plannedSession.findUniqueOrThrow({ where: { id } })).remindedAt;
    expect(await remindedAt(removedFrom.id)).not.toBeNull();
    expect(await remindedAt(later.id)).toBeNull();
    expect(await remindedAt(shortNotice.id)).toBeNull();
  });
});
