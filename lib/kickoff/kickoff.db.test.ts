import { describe, expect, it } from "vitest";
import { addAgreement } from "@/lib/agreements/add-agreement";
import { editAgreement } from "@/lib/agreements/edit-agreement";
import { listAgreements } from "@/lib/agreements/list-agreements";
import { removeAgreement } from "@/lib/agreements/remove-agreement";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { controlKickoffTimer } from "@/lib/kickoff/control-kickoff-timer";
import { editKickoffStep } from "@/lib/kickoff/edit-kickoff-step";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import { getKickoffPulse } from "@/lib/kickoff/get-kickoff-pulse";
import { isKickoffRunning } from "@/lib/kickoff/is-kickoff-running";
import { listKickoffCompletion } from "@/lib/kickoff/list-kickoff-completion";
import { moveKickoff } from "@/lib/kickoff/move-kickoff";
import { reorderKickoffStep } from "@/lib/kickoff/reorder-kickoff-step";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { makePartnership, makeUser, membershipId, setAnswers, setRole } from "@/lib/testing/factories";

async function kickoffSetup() {
  const member = await makeUser({ name: "Member Mila" });
  const coFacilitator = await makeUser({ name: "Co Facilitator" });
  const stranger = await makeUser({ name: "Stranger Sam" });
  const partnership = await makePartnership({
    members: [
      { user: member, role: "MEMBER" },
      { user: coFacilitator, role: "FACILITATOR" },
    ],
  });
  return { partnership, facilitator: partnership.facilitator, coFacilitator, member, stranger };
}

async function session(partnershipId: string) {
  return db.kickoffSession.findFirstOrThrow({
    where: { partnershipId },
    orderBy: { startedAt: "desc" },
    include: { steps: { orderBy: { position: "asc" } } },
  });
}

const refusedWith = (code: AppErrorCode) => (error: unknown) => isAppError(error, code);

describe("starting a kickoff", () => {
  it("creates the seed's six steps in order, at the first step, with the timer stopped", async () => {
    const { partnership, facilitator } = await kickoffSetup();
    const started = await startKickoff(facilitator.id, partnership.id);
    expect(started.started).toBe(true);
    const created = await session(partnership.id);
    expect(created.status).toBe("RUNNING");
    expect(created.currentStep).toBe(0);
    expect(created.timerStartedAt).toBeNull();
    expect(created.steps.map((step) => step.kind)).toEqual(["WHO_AM_I", "WHAT_DO_I_WANT", "SHARED_CHALLENGE", "UNIQUE_ROLE", "EXPLORING", "AGREEMENTS"]);
    expect(created.steps.every((step) => step.title === null && step.durationMinutes > 0)).toBe(true);
  });

  it("runs one kickoff at a time, also when two facilitators start at once", async () => {
    const { partnership, facilitator, coFacilitator } = await kickoffSetup();
    const results = await Promise.all([startKickoff(facilitator.id, partnership.id), startKickoff(coFacilitator.id, partnership.id)]);
    expect(results.filter((result) => result.started)).toHaveLength(1);
    expect(results[0]?.sessionId).toBe(results[1]?.sessionId);
    expect(await db.kickoffSession.count({ where: { partnershipId: partnership.id, status: "RUNNING" } })).toBe(1);
  });
});

describe("who may steer a kickoff", () => {
  it("refuses members with FORBIDDEN and non-members with NOT_FOUND, for every change", async () => {
    const { partnership, facilitator, member, stranger } = await kickoffSetup();
    await startKickoff(facilitator.id, partnership.id);
    const { steps, version } = await session(partnership.id);
    const step = steps[0]!;
    const agreement = await addAgreement(facilitator.id, partnership.id, "We begin on time");

    const changes: ((userId: string) => Promise<unknown>)[] = [
      (userId) => startKickoff(userId, partnership.id),
      (userId) => moveKickoff(userId, partnership.id, { to: "next", version }),
      (userId) => moveKickoff(userId, partnership.id, { to: "step", index: 3, version }),
      (userId) => controlKickoffTimer(userId, partnership.id, { action: "start" }),
      (userId) => controlKickoffTimer(userId, partnership.id, { action: "extend", minutes: 5 }),
      (userId) => editKickoffStep(userId, partnership.id, { partnershipId: partnership.id, stepId: step.id, title: "Hacked", durationMinutes: 1, skipped: true }),
      (userId) => reorderKickoffStep(userId, partnership.id, { stepId: step.id, direction: "down" }),
      (userId) => endKickoff(userId, partnership.id),
      (userId) => addAgreement(userId, partnership.id, "Sneaky"),
      (userId) => editAgreement(userId, partnership.id, { agreementId: agreement.id, text: "Sneaky" }),
      (userId) => removeAgreement(userId, partnership.id, agreement.id),
    ];
    for (const change of changes) {
      await expect(change(member.id)).rejects.toSatisfy(refusedWith("FORBIDDEN"));
      await expect(change(stranger.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    }
    const after = await session(partnership.id);
    expect(after.version).toBe(version);
    expect(after.status).toBe("RUNNING");
    expect(after.steps[0]).toMatchObject({ title: null, skipped: false, position: 0 });
    expect((await listAgreements(facilitator.id, partnership.id)).map((a) => a.text)).toEqual(["We begin on time"]);
  });

  it("lets members follow the kickoff but not strangers", async () => {
    const { partnership, facilitator, member, stranger } = await kickoffSetup();
    await startKickoff(facilitator.id, partnership.id);
    const feed = await getKickoffFeed(member.id, partnership.id);
    expect(feed.session?.currentStep).toBe(0);
    await expect(getKickoffFeed(stranger.id, partnership.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await expect(listAgreements(stranger.id, partnership.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await expect(listKickoffCompletion(stranger.id, partnership.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    expect((await getKickoffPulse(partnership.id, [member.id, stranger.id]))?.members).toEqual(new Set([member.id]));
  });

  it("tells members, and only members, whether a kickoff runs, from its start until its end and after they leave", async () => {
    const { partnership, facilitator, member, stranger } = await kickoffSetup();
    expect(await isKickoffRunning(member.id, partnership.id)).toBe(false);
    await startKickoff(facilitator.id, partnership.id);
    expect(await isKickoffRunning(member.id, partnership.id)).toBe(true);
    expect(await isKickoffRunning(stranger.id, partnership.id)).toBe(false);
    await db.membership.delete({ where: { id: await membershipId(member.id, partnership.id) } });
    expect(await isKickoffRunning(member.id, partnership.id)).toBe(false);
    await endKickoff(facilitator.id, partnership.id);
    expect(await isKickoffRunning(facilitator.id, partnership.id)).toBe(false);
  });
});

describe("moving through the steps", () => {
  it("goes next, previous and skips, passing over skipped steps, and raises the version each time", async () => {
    const { partnership, facilitator } = await kickoffSetup();
    await startKickoff(facilitator.id, partnership.id);
    let current = await session(partnership.id);

    let moved = await moveKickoff(facilitator.id, partnership.id, { to: "next", version: current.version });
    expect(moved).toEqual({ currentStep: 1, version: current.version + 1 });

    moved = await moveKickoff(facilitator.id, partnership.id, { to: "skip", version: moved.version });
    current = await session(partnership.id);
    expect(current.currentStep).toBe(2);
    expect(current.steps[1]?.skipped).toBe(true);

    moved = await moveKickoff(facilitator.id, partnership.id, { to: "previous", version: moved.version });
    expect(moved.currentStep).toBe(0);

    moved = await moveKickoff(facilitator.id, partnership.id, { to: "next", version: moved.version });
    expect(moved.currentStep).toBe(2);

    moved = await moveKickoff(facilitator.id, partnership.id, { to: "step", index: 1, version: moved.version });
    current = await session(partnership.id);
    expect(current.currentStep).toBe(1);
    expect(current.steps[1]?.skipped).toBe(false);
  });

  it("refuses to move past the last step", async () => {
    const { partnership, facilitator } = await kickoffSetup();
    await startKickoff(facilitator.id, partnership.id);
    const { version } = await session(partnership.id);
    const last = await moveKickoff(facilitator.id, partnership.id, { to: "step", index: 5, version });
    await expect(moveKickoff(facilitator.id, partnership.id, { to: "next", version: last.version })).rejects.toSatisfy(refusedWith("INVALID"));
  });

  it("refuses a move made from a version that is no longer current", async () => {
    const { partnership, facilitator } = await kickoffSetup();
    await startKickoff(facilitator.id, partnership.id);
    const { version } = await session(partnership.id);
    await controlKickoffTimer(facilitator.id, partnership.id, { action: "start" });
    await expect(moveKickoff(facilitator.id, partnership.id, { to: "next", version })).rejects.toSatisfy(refusedWith("CONFLICT"));
    expect((await session(partnership.id)).currentStep).toBe(0);
  });

  it("moves one step, not two, when two facilitators press Next at the same moment", async () => {
    const { partnership, facilitator, coFacilitator } = await kickoffSetup();
    await startKickoff(facilitator.id, partnership.id);
    const { version } = await session(partnership.id);
    const outcomes = await Promise.allSettled([
      moveKickoff(facilitator.id, partnership.id, { to: "next", version }),
      moveKickoff(coFacilitator.id, partnership.id, { to: "next", version }),
      moveKickoff(facilitator.id, partnership.id, { to: "next", version }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect(isAppError(outcome.reason, "CONFLICT")).toBe(true);
    }
    const after = await session(partnership.id);
    expect(after.currentStep).toBe(1);
    expect(after.version).toBe(version + 1);
  });
});

describe("the step timer", () => {
  it("starts, pauses, extends and is reset when the step changes", async () => {
    const { partnership, facilitator } = await kickoffSetup();
    await startKickoff(facilitator.id, partnership.id);

    const started = await controlKickoffTimer(facilitator.id, partnership.id, { action: "start" });
    expect(started.timerStartedAt).toBeInstanceOf(Date);
    expect((await getKickoffFeed(facilitator.id, partnership.id)).session?.timer.running).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 60));
    const paused = await controlKickoffTimer(facilitator.id, partnership.id, { action: "pause" });
    expect(paused.timerStartedAt).toBeNull();
    expect(paused.timerElapsedMs).toBeGreaterThan(0);
    const feed = await getKickoffFeed(facilitator.id, partnership.id);
    expect(feed.session?.timer).toEqual({ running: false, elapsedMs: paused.timerElapsedMs });

    const before = (await session(partnership.id)).steps[0]!.durationMinutes;
    await controlKickoffTimer(facilitator.id, partnership.id, { action: "extend", minutes: 5 });
    expect((await session(partnership.id)).steps[0]!.durationMinutes).toBe(before + 5);

    await controlKickoffTimer(facilitator.id, partnership.id, { action: "start" });
    const { version } = await session(partnership.id);
    await moveKickoff(facilitator.id, partnership.id, { to: "next", version });
    const moved = await session(partnership.id);
    expect(moved.timerStartedAt).toBeNull();
    expect(moved.timerElapsedMs).toBe(0);
  });
});

describe("the plan of a kickoff", () => {
  it("lets a facilitator retitle, re-time, skip and reorder steps, staying on the current step", async () => {
    const { partnership, facilitator } = await kickoffSetup();
    await startKickoff(facilitator.id, partnership.id);
    const { steps } = await session(partnership.id);
    const [first, second] = [steps[0]!, steps[1]!];

    await editKickoffStep(facilitator.id, partnership.id, { partnershipId: partnership.id, stepId: second.id, title: "Wat drijft ons", durationMinutes: 25, skipped: true });
    let current = await session(partnership.id);
    expect(current.steps[1]).toMatchObject({ title: "Wat drijft ons", durationMinutes: 25, skipped: true });

    await editKickoffStep(facilitator.id, partnership.id, { partnershipId: partnership.id, stepId: second.id, title: "", durationMinutes: 25, skipped: false });
    expect((await session(partnership.id)).steps[1]?.title).toBeNull();

    await reorderKickoffStep(facilitator.id, partnership.id, { stepId: first.id, direction: "down" });
    current = await session(partnership.id);
    expect(current.steps.map((step) => step.id).slice(0, 2)).toEqual([second.id, first.id]);
    expect(current.currentStep).toBe(1);
    expect(current.steps[current.currentStep]?.id).toBe(first.id);
  });

  it("does not edit a step of another partnership's kickoff", async () => {
    const { partnership, facilitator } = await kickoffSetup();
    const other = await makePartnership({ facilitator });
    await startKickoff(facilitator.id, partnership.id);
    await startKickoff(facilitator.id, other.id);
    const foreign = (await session(other.id)).steps[0]!;
    const attempt = editKickoffStep(facilitator.id, partnership.id, { partnershipId: partnership.id, stepId: foreign.id, title: "x", durationMinutes: 3, skipped: false });
    await expect(attempt).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    expect((await session(other.id)).steps[0]?.title).toBeNull();
  });
});

describe("ending a kickoff", () => {
  it("keeps the agreements with the partnership, and a new kickoff can start afterwards", async () => {
    const { partnership, facilitator, member } = await kickoffSetup();
    await startKickoff(facilitator.id, partnership.id);
    await addAgreement(facilitator.id, partnership.id, "We share our agendas");
    const second = await addAgreement(facilitator.id, partnership.id, "We meet monthly");
    await editAgreement(facilitator.id, partnership.id, { agreementId: second.id, text: "We meet every month" });
    await endKickoff(facilitator.id, partnership.id);

    const ended = await session(partnership.id);
    expect(ended.status).toBe("ENDED");
    expect(ended.endedAt).toBeInstanceOf(Date);
    expect((await listAgreements(member.id, partnership.id)).map((a) => a.text)).toEqual(["We share our agendas", "We meet every month"]);
    await expect(endKickoff(facilitator.id, partnership.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));

    const again = await startKickoff(facilitator.id, partnership.id);
    expect(again.started).toBe(true);
    expect((await getKickoffFeed(member.id, partnership.id)).session?.sessionId).toBe(again.sessionId);
  });

  it("removes an agreement only within its own partnership", async () => {
    const { partnership, facilitator } = await kickoffSetup();
    const other = await makePartnership({ facilitator });
    const foreign = await addAgreement(facilitator.id, other.id, "Theirs");
    await expect(removeAgreement(facilitator.id, partnership.id, foreign.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await removeAgreement(facilitator.id, other.id, foreign.id);
    expect(await listAgreements(facilitator.id, other.id)).toEqual([]);
  });
});

describe("following a kickoff", () => {
  it("changes the pulse whenever the session changes, and leaves out a follower whose membership ended", async () => {
    const { partnership, facilitator, member } = await kickoffSetup();
    const followers = [member.id, facilitator.id];
    const before = await getKickoffPulse(partnership.id, followers);
    expect(before?.members).toEqual(new Set(followers));
    await startKickoff(facilitator.id, partnership.id);
    const started = await getKickoffPulse(partnership.id, followers);
    expect(started?.key).not.toBe(before?.key);
    await controlKickoffTimer(facilitator.id, partnership.id, { action: "start" });
    expect((await getKickoffPulse(partnership.id, followers))?.key).not.toBe(started?.key);

    await db.membership.delete({ where: { userId_partnershipId: { userId: member.id, partnershipId: partnership.id } } });
    expect((await getKickoffPulse(partnership.id, followers))?.members).toEqual(new Set([facilitator.id]));
    await db.partnership.delete({ where: { id: partnership.id } });
    expect(await getKickoffPulse(partnership.id, followers)).toBeNull();
  });

  it("shows who completed what without any answer, counting only what the viewer may see", async () => {
    const { partnership, facilitator, member } = await kickoffSetup();
    await setAnswers(
      member.id,
      { origin: "SECRET-ORIGIN", fears: "SECRET-FEAR", statement: "M", drives: "D", talents: "T", contributeTo: "C" },
      { fears: "ONLY_ME" },
    );
    await setRole(await membershipId(member.id, partnership.id), { uniqueRole: "Connector", alignment: 4 });
    const completion = await listKickoffCompletion(facilitator.id, partnership.id);
    const mila = completion.find((entry) => entry.name === "Member Mila");
    // Fears and irritations are Mila's alone: the facilitator cannot tell that she wrote her fears.
    expect(mila).toMatchObject({ profile: { filled: 1, total: 5 }, mission: { filled: 4, total: 4 }, roleComplete: true });
    const own = (await listKickoffCompletion(member.id, partnership.id)).find((entry) => entry.name === "Member Mila");
    expect(own).toMatchObject({ profile: { filled: 2, total: 7 } });
    expect(completion.find((entry) => entry.role === "FACILITATOR" && entry.name === "Test Facilitator")?.roleComplete).toBe(false);
    expect(JSON.stringify(completion)).not.toMatch(/SECRET/);
  });
});
