import { describe, expect, it } from "vitest";
import { createCalendarFeed } from "@/lib/calendar/create-calendar-feed";
import { findPlannedSessionForCalendar } from "@/lib/calendar/find-planned-session-for-calendar";
import { listFeedSessions } from "@/lib/calendar/list-feed-sessions";
import { sessionCalendar } from "@/lib/calendar/session-calendar";
import { stopCalendarFeed } from "@/lib/calendar/stop-calendar-feed";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { removeMember } from "@/lib/memberships/remove-member";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { instantFromWallTime } from "@/lib/partnership-sessions/wall-time";
import { setPartnershipTimeZone } from "@/lib/partnerships/set-partnership-time-zone";
import { makePartnership, makeUser, membershipId, setAnswers } from "@/lib/testing/factories";
import { readIcs } from "@/lib/testing/read-ics";
import { addOwnStep } from "@/lib/own-steps/add-own-step";

const refusedWith = (code: AppErrorCode) => (error: unknown) => isAppError(error, code);
const ORIGIN = "https://samenspel.example";
const words = { name: "Sessions", description: ({ partnership, url }: { partnership: string; url: string }) => `Of ${partnership}: ${url}` };

async function setup() {
  const member = await makeUser({ name: "Member Mila" });
  const stranger = await makeUser({ name: "Stranger Sam" });
  const partnership = await makePartnership({ name: "Rivierenland", members: [{ user: member }] });
  return { partnership, facilitator: partnership.facilitator, member, stranger };
}

/** The calendar file of one plan, as the download route makes it, read back by ical.js. */
async function icsOf(viewerId: string, partnershipId: string, plannedSessionId: string) {
  const session = await findPlannedSessionForCalendar(viewerId, partnershipId, plannedSessionId);
  const text = sessionCalendar([session], ORIGIN, words);
  return { text, ...readIcs(text) };
}

describe("a planned session's calendar file", () => {
  it("holds the session at 14:30 Amsterdam time in March as 13:30 UTC, with its zone's rules", async () => {
    const { partnership, facilitator, member } = await setup();
    await setAnswers(member.id, { fears: "Secret fear of heights" }, { fears: "ONLY_ME" });
    const scheduledAt = instantFromWallTime("2027-03-10T14:30", "Europe/Amsterdam")!;
    const plan = await planSession(facilitator.id, partnership.id, { title: "Check-in", scheduledAt, steps: ["WHO_AM_I", "AGREEMENTS"] });

    const ics = await icsOf(member.id, partnership.id, plan.id);
    expect(ics.zones).toEqual(["Europe/Amsterdam"]);
    expect(ics.events).toHaveLength(1);
    const event = ics.events[0]!;
    expect(event.tzid).toBe("Europe/Amsterdam");
    expect(event.wallStart).toBe("2027-03-10T14:30");
    expect(event.start.toISOString()).toBe("2027-03-10T13:30:00.000Z");
    // Its steps' minutes: 20 + 15.
    expect(event.end.toISOString()).toBe("2027-03-10T14:05:00.000Z");
    expect(event.summary).toBe("Check-in – Rivierenland");
    expect(event.url).toBe(`${ORIGIN}/partnerships/${partnership.id}/sessions`);
    expect(event.description).toContain("Rivierenland");
    expect(ics.text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(ics.text).not.toContain("Secret fear");

    // The same UID on every download, so that a calendar updates the event instead of adding one.
    expect((await icsOf(facilitator.id, partnership.id, plan.id)).events[0]!.uid).toBe(event.uid);
  });

  it("lasts as long as its steps, the partnership's own steps with their own minutes", async () => {
    const { partnership, facilitator, member } = await setup();
    const retro = await addOwnStep(facilitator.id, partnership.id, { title: "Retrospective", questions: ["What went well?"], durationMinutes: 25 });
    const scheduledAt = instantFromWallTime("2027-03-10T14:30", "Europe/Amsterdam")!;
    const plan = await planSession(facilitator.id, partnership.id, { title: "Look back", scheduledAt, steps: ["WHO_AM_I", { ownStepId: retro.id }] });
    const event = (await icsOf(member.id, partnership.id, plan.id)).events[0]!;
    // 20 minutes for "Who am I?", 25 for the own step.
    expect(event.end.getTime() - event.start.getTime()).toBe(45 * 60_000);
  });

  it("follows the partnership's time zone: New York's clock time, the same instant", async () => {
    const { partnership, facilitator, member } = await setup();
    await setPartnershipTimeZone(facilitator.id, partnership.id, "America/New_York");
    const scheduledAt = instantFromWallTime("2027-03-10T14:30", "America/New_York")!;
    // Before New York's change to summer time (14 March 2027): UTC-5.
    expect(scheduledAt.toISOString()).toBe("2027-03-10T19:30:00.000Z");
    const plan = await planSession(facilitator.id, partnership.id, { title: "Across the ocean", scheduledAt, steps: [], timeZone: "America/New_York" });

    const ics = await icsOf(member.id, partnership.id, plan.id);
    expect(ics.zones).toEqual(["America/New_York"]);
    expect(ics.events[0]).toMatchObject({ tzid: "America/New_York", wallStart: "2027-03-10T14:30" });
    expect(ics.events[0]!.start.toISOString()).toBe("2027-03-10T19:30:00.000Z");
    // No steps: a default length.
    expect(ics.events[0]!.end.getTime() - ics.events[0]!.start.getTime()).toBe(90 * 60_000);
  });

  it("is for members of the partnership only, and only for its own plans", async () => {
    const { partnership, facilitator, stranger } = await setup();
    const elsewhere = await makePartnership({ facilitator });
    const plan = await planSession(facilitator.id, partnership.id, { title: "Mine", scheduledAt: new Date(Date.now() + 86_400_000 * 3), steps: ["WHO_AM_I"] });
    await expect(findPlannedSessionForCalendar(stranger.id, partnership.id, plan.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await expect(findPlannedSessionForCalendar(facilitator.id, elsewhere.id, plan.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await expect(findPlannedSessionForCalendar(facilitator.id, partnership.id, "not an id")).rejects.toSatisfy(refusedWith("NOT_FOUND"));
  });
});

describe("a partnership's time zone", () => {
  it("is set by its facilitators only", async () => {
    const { partnership, member, stranger } = await setup();
    await expect(setPartnershipTimeZone(member.id, partnership.id, "Asia/Tokyo")).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    await expect(setPartnershipTimeZone(stranger.id, partnership.id, "Asia/Tokyo")).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).timeZone).toBe("Europe/Amsterdam");
  });

  it("refuses a plan read in a zone the partnership no longer has", async () => {
    const { partnership, facilitator } = await setup();
    await setPartnershipTimeZone(facilitator.id, partnership.id, "Asia/Tokyo");
    const plan = { title: "Stale", scheduledAt: new Date(Date.now() + 86_400_000 * 3), steps: ["WHO_AM_I" as const], timeZone: "Europe/Amsterdam" };
    await expect(planSession(facilitator.id, partnership.id, plan)).rejects.toSatisfy(refusedWith("TIME_ZONE_CHANGED"));
    expect(await db.plannedSession.count({ where: { partnershipId: partnership.id } })).toBe(0);
  });
});

describe("the calendar feed", () => {
  it("lists the plans of the partnerships its owner is in right now, and stops with its link", async () => {
    const { partnership, facilitator, member } = await setup();
    const other = await makePartnership({ name: "Klimaatpact", members: [{ user: member }] });
    const unrelated = await makePartnership({ name: "Not mine" });
    const soon = new Date(Date.now() + 86_400_000 * 3);
    await planSession(facilitator.id, partnership.id, { title: "River session", scheduledAt: soon, steps: ["WHO_AM_I"] });
    await planSession(other.facilitator.id, other.id, { title: "Climate session", scheduledAt: soon, steps: ["WHO_AM_I"] });
    await planSession(unrelated.facilitator.id, unrelated.id, { title: "Someone else's session", scheduledAt: soon, steps: ["WHO_AM_I"] });

    const first = await createCalendarFeed(member.id);
    const titles = async (token: string) => (await listFeedSessions(token))?.sessions.map((session) => session.title).sort() ?? null;
    expect(await titles(first.token)).toEqual(["Climate session", "River session"]);
    // Only a hash is kept.
    expect(JSON.stringify(await db.calendarFeed.findUniqueOrThrow({ where: { userId: member.id } }))).not.toContain(first.token);

    // Removed from a partnership: its sessions leave the feed at once.
    await removeMember(facilitator.id, partnership.id, await membershipId(member.id, partnership.id));
    expect(await titles(first.token)).toEqual(["Climate session"]);

    // A new link replaces the old one, which opens nothing any more.
    const second = await createCalendarFeed(member.id);
    expect(await titles(first.token)).toBeNull();
    expect(await titles(second.token)).toEqual(["Climate session"]);

    // Stopped: nothing.
    await stopCalendarFeed(member.id);
    expect(await titles(second.token)).toBeNull();
    const third = await createCalendarFeed(member.id);
    expect(await titles(third.token)).toEqual(["Climate session"]);
  });

  it("opens nothing for a made-up or malformed token", async () => {
    for (const token of ["", "x", "a".repeat(43), "../../etc/passwd", "a".repeat(43) + "'; DROP TABLE"]) {
      expect(await listFeedSessions(token)).toBeNull();
    }
  });

  it("writes each partnership's sessions in that partnership's zone", async () => {
    const member = await makeUser();
    const amsterdam = await makePartnership({ name: "Amsterdam side", members: [{ user: member }] });
    const newYork = await makePartnership({ name: "New York side", members: [{ user: member }] });
    await setPartnershipTimeZone(newYork.facilitator.id, newYork.id, "America/New_York");
    const at = instantFromWallTime("2027-03-10T14:30", "Europe/Amsterdam")!;
    await planSession(amsterdam.facilitator.id, amsterdam.id, { title: "A", scheduledAt: at, steps: ["WHO_AM_I"] });
    await planSession(newYork.facilitator.id, newYork.id, { title: "B", scheduledAt: at, steps: ["WHO_AM_I"] });
    const { token } = await createCalendarFeed(member.id);
    const feed = await listFeedSessions(token);
    const ics = readIcs(sessionCalendar(feed!.sessions, ORIGIN, words));
    expect(ics.zones.sort()).toEqual(["America/New_York", "Europe/Amsterdam"]);
    const byTitle = Object.fromEntries(ics.events.map((event) => [event.summary.split(" – ")[0], event]));
    expect(byTitle.A).toMatchObject({ tzid: "Europe/Amsterdam", wallStart: "2027-03-10T14:30" });
    // 13:30 UTC is 08:30 in New York (still UTC-5 there on 10 March 2027).
    expect(byTitle.B).toMatchObject({ tzid: "America/New_York", wallStart: "2027-03-10T08:30" });
    expect(byTitle.A!.start.getTime()).toBe(at.getTime());
    expect(byTitle.B!.start.getTime()).toBe(at.getTime());
    expect(ics.name).toBe("Sessions");
  });
});
