import { describe, expect, it } from "vitest";
import { addAgreement } from "@/lib/agreements/add-agreement";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import { getKickoffPulse } from "@/lib/kickoff/get-kickoff-pulse";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { listPartnershipSessions } from "@/lib/partnership-sessions/list-partnership-sessions";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { removePlannedSession } from "@/lib/partnership-sessions/remove-planned-session";
import { recordSessionParticipant } from "@/lib/partnership-sessions/record-session-participant";
import { startPlannedSession } from "@/lib/partnership-sessions/start-planned-session";
import { makePartnership, makeUser, membershipId, setAnswers, setRole } from "@/lib/testing/factories";

const refusedWith = (code: AppErrorCode) => (error: unknown) => isAppError(error, code);
const tomorrow = () => new Date(Date.now() + 86_400_000);

async function setup() {
  const member = await makeUser({ name: "Member Mila" });
  const other = await makeUser({ name: "Other Otto" });
  const stranger = await makeUser({ name: "Stranger Sam" });
  const partnership = await makePartnership({
    needs: ["Funding", "Land", "Data"],
    members: [
      { user: member, role: "MEMBER" },
      { user: other, role: "MEMBER" },
    ],
  });
  return { partnership, facilitator: partnership.facilitator, member, other, stranger };
}

describe("planning a session", () => {
  it("lets a facilitator plan one that members then see, and nobody else", async () => {
    const { partnership, facilitator, member, stranger } = await setup();
    const when = tomorrow();
    await planSession(facilitator.id, partnership.id, { title: "Second session", scheduledAt: when, steps: ["WHO_AM_I", "AGREEMENTS"] });
    const seen = await listPartnershipSessions(member.id, partnership.id);
    expect(seen.planned).toEqual([expect.objectContaining({ title: "Second session", scheduledAt: when })]);
    expect(seen.planned[0]?.steps.map((step) => step.kind)).toEqual(["WHO_AM_I", "AGREEMENTS"]);
    expect(seen.held).toEqual([]);
    await expect(listPartnershipSessions(stranger.id, partnership.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
  });

  it("refuses members and outsiders", async () => {
    const { partnership, member, stranger } = await setup();
    const plan = { title: "Mine", scheduledAt: tomorrow(), steps: ["WHO_AM_I" as const] };
    await expect(planSession(member.id, partnership.id, plan)).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    await expect(planSession(stranger.id, partnership.id, plan)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    expect(await db.plannedSession.count({ where: { partnershipId: partnership.id } })).toBe(0);
  });

  it("lets a facilitator take a plan off, in their own partnership only", async () => {
    const { partnership, facilitator, member } = await setup();
    const elsewhere = await makePartnership({ facilitator });
    const plan = await planSession(facilitator.id, partnership.id, { title: "Maybe", scheduledAt: tomorrow(), steps: ["WHO_AM_I"] });
    await expect(removePlannedSession(member.id, partnership.id, plan.id)).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    await expect(removePlannedSession(facilitator.id, elsewhere.id, plan.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await removePlannedSession(facilitator.id, partnership.id, plan.id);
    expect((await listPartnershipSessions(member.id, partnership.id)).planned).toEqual([]);
    await expect(removePlannedSession(facilitator.id, partnership.id, plan.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
  });

  it("keeps a planned session out of the kickoff that members follow", async () => {
    const { partnership, facilitator, member } = await setup();
    await startKickoff(facilitator.id, partnership.id);
    await endKickoff(facilitator.id, partnership.id);
    const before = await getKickoffFeed(member.id, partnership.id);
    const pulseBefore = await getKickoffPulse(partnership.id, [member.id]);
    await planSession(facilitator.id, partnership.id, { title: "Later", scheduledAt: tomorrow(), steps: ["WHO_AM_I"] });
    expect((await getKickoffFeed(member.id, partnership.id)).session?.sessionId).toBe(before.session?.sessionId);
    expect((await getKickoffPulse(partnership.id, [member.id]))?.key).toBe(pulseBefore?.key);
  });
});

describe("running a planned session", () => {
  it("runs with its own title and steps, and is no longer planned", async () => {
    const { partnership, facilitator, member } = await setup();
    const plan = await planSession(facilitator.id, partnership.id, { title: "Check-in", scheduledAt: tomorrow(), steps: ["SHARED_CHALLENGE", "AGREEMENTS"] });
    await expect(startPlannedSession(member.id, partnership.id, plan.id)).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    const { sessionId } = await startPlannedSession(facilitator.id, partnership.id, plan.id);
    const feed = await getKickoffFeed(member.id, partnership.id);
    expect(feed.session).toMatchObject({ sessionId, status: "RUNNING", currentStep: 0 });
    expect(feed.session?.steps.map((step) => step.kind)).toEqual(["SHARED_CHALLENGE", "AGREEMENTS"]);
    const sessions = await listPartnershipSessions(member.id, partnership.id);
    expect(sessions.planned).toEqual([]);
    expect(sessions.held).toEqual([expect.objectContaining({ id: sessionId, title: "Check-in", status: "RUNNING", number: 1 })]);
  });

  it("refuses to start while another session runs, and a plan of another partnership", async () => {
    const { partnership, facilitator } = await setup();
    const elsewhere = await makePartnership({ facilitator });
    const plan = await planSession(facilitator.id, partnership.id, { title: "Next", scheduledAt: tomorrow(), steps: ["WHO_AM_I"] });
    await expect(startPlannedSession(facilitator.id, elsewhere.id, plan.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await startKickoff(facilitator.id, partnership.id);
    await expect(startPlannedSession(facilitator.id, partnership.id, plan.id)).rejects.toSatisfy(refusedWith("SESSION_RUNNING"));
    expect(await db.plannedSession.count({ where: { id: plan.id } })).toBe(1);
  });
});

describe("ending a session", () => {
  it("keeps who took part, its agreements and counts at its end, never answer text", async () => {
    const { partnership, facilitator, member, other } = await setup();
    await setAnswers(member.id, { fears: "Secret fear of heights" }, { fears: "ONLY_ME" });
    await addAgreement(facilitator.id, partnership.id, "Made before any session");
    await startKickoff(facilitator.id, partnership.id);
    const first = await getKickoffFeed(member.id, partnership.id);
    await recordSessionParticipant(member.id, partnership.id, first.session!.sessionId);
    await recordSessionParticipant(member.id, partnership.id, first.session!.sessionId);
    await setRole(await membershipId(member.id, partnership.id), { alignment: 4, needIds: [partnership.needs[0]!.id] });
    await setRole(await membershipId(other.id, partnership.id), { alignment: 3, needIds: [partnership.needs[0]!.id, partnership.needs[1]!.id] });
    await addAgreement(facilitator.id, partnership.id, "We meet monthly");
    await endKickoff(facilitator.id, partnership.id);
    // A session that has ended takes nobody in any more.
    await recordSessionParticipant(other.id, partnership.id, first.session!.sessionId);

    const { held } = await listPartnershipSessions(other.id, partnership.id);
    expect(held).toHaveLength(1);
    const kept = held[0]!;
    expect(kept).toMatchObject({ title: null, status: "ENDED", number: 1 });
    expect(kept.participants.map((person) => person.name)).toEqual(["Member Mila", "Test Facilitator"]);
    expect(kept.agreements.map((agreement) => agreement.text)).toEqual(["We meet monthly"]);
    expect(kept.end).toEqual({ memberCount: 3, needCount: 3, coveredNeedCount: 2, averageAlignment: 3.5 });
    expect(JSON.stringify(held)).not.toContain("Secret fear");
  });

  it("numbers sessions from the first and lists the latest first", async () => {
    const { partnership, facilitator, member } = await setup();
    await startKickoff(facilitator.id, partnership.id);
    await endKickoff(facilitator.id, partnership.id);
    const plan = await planSession(facilitator.id, partnership.id, { title: "Follow-up", scheduledAt: tomorrow(), steps: ["EXPLORING"] });
    await startPlannedSession(facilitator.id, partnership.id, plan.id);
    await endKickoff(facilitator.id, partnership.id);
    const { held } = await listPartnershipSessions(member.id, partnership.id);
    expect(held.map((session) => [session.number, session.title])).toEqual([
      [2, "Follow-up"],
      [1, null],
    ]);
    expect(held[0]?.end).toMatchObject({ memberCount: 3, needCount: 3, coveredNeedCount: 0, averageAlignment: null });
  });
});
