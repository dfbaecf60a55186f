import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { changeMemberRole } from "@/lib/memberships/change-member-role";
import { removeMember } from "@/lib/memberships/remove-member";
import { addOwnStep } from "@/lib/own-steps/add-own-step";
import { editOwnStep } from "@/lib/own-steps/edit-own-step";
import { listPartnershipSteps } from "@/lib/own-steps/list-partnership-steps";
import { removeOwnStep } from "@/lib/own-steps/remove-own-step";
import { setDefaultStepQuestions } from "@/lib/own-steps/set-default-step-questions";
import { listPartnershipSessions } from "@/lib/partnership-sessions/list-partnership-sessions";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { startPlannedSession } from "@/lib/partnership-sessions/start-planned-session";
import { makePartnership, makeUser, membershipId } from "@/lib/testing/factories";

const refusedWith = (code: AppErrorCode) => (error: unknown) => isAppError(error, code);
const tomorrow = () => new Date(Date.now() + 86_400_000);
const retro = { title: "Retrospective", questions: ["What went well?", "What would we do differently?"], durationMinutes: 25 };

async function setup() {
  const member = await makeUser({ name: "Member Mila" });
  const stranger = await makeUser({ name: "Stranger Sam" });
  const partnership = await makePartnership({ members: [{ user: member, role: "MEMBER" }] });
  return { partnership, facilitator: partnership.facilitator, member, stranger };
}

describe("the partnership's steps and questions", () => {
  it("are written by facilitators and read by members, never by others", async () => {
    const { partnership, facilitator, member, stranger } = await setup();
    const step = await addOwnStep(facilitator.id, partnership.id, retro);
    await setDefaultStepQuestions(facilitator.id, partnership.id, "WHO_AM_I", ["Where do you come from?"]);

    const seen = await listPartnershipSteps(member.id, partnership.id);
    expect(seen.own).toEqual([{ id: step.id, ...retro }]);
    expect(seen.defaults.map((row) => [row.kind, row.questions])).toEqual([
      ["WHO_AM_I", ["Where do you come from?"]],
      ["WHAT_DO_I_WANT", null],
      ["SHARED_CHALLENGE", null],
      ["UNIQUE_ROLE", null],
      ["EXPLORING", null],
      ["AGREEMENTS", null],
    ]);

    await expect(listPartnershipSteps(stranger.id, partnership.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await expect(addOwnStep(member.id, partnership.id, retro)).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    await expect(addOwnStep(stranger.id, partnership.id, retro)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await expect(editOwnStep(member.id, partnership.id, step.id, { ...retro, title: "Mine" })).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    await expect(removeOwnStep(member.id, partnership.id, step.id)).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    await expect(setDefaultStepQuestions(member.id, partnership.id, "WHO_AM_I", ["x"])).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    await expect(setDefaultStepQuestions(stranger.id, partnership.id, "WHO_AM_I", [])).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    expect(await listPartnershipSteps(member.id, partnership.id)).toEqual(seen);
  });

  it("lets a facilitator edit and remove own steps of their partnership only, and reset questions", async () => {
    const { partnership, facilitator, member } = await setup();
    const elsewhere = await makePartnership({ facilitator });
    const step = await addOwnStep(facilitator.id, partnership.id, retro);
    await expect(editOwnStep(facilitator.id, elsewhere.id, step.id, retro)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await expect(removeOwnStep(facilitator.id, elsewhere.id, step.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));

    await editOwnStep(facilitator.id, partnership.id, step.id, { title: "Looking back", questions: ["What did we learn?"], durationMinutes: 10 });
    expect((await listPartnershipSteps(member.id, partnership.id)).own).toEqual([
      { id: step.id, title: "Looking back", questions: ["What did we learn?"], durationMinutes: 10 },
    ]);

    await setDefaultStepQuestions(facilitator.id, partnership.id, "AGREEMENTS", ["What do we promise?"]);
    await setDefaultStepQuestions(facilitator.id, partnership.id, "AGREEMENTS", []);
    expect((await listPartnershipSteps(member.id, partnership.id)).defaults.find((row) => row.kind === "AGREEMENTS")?.questions).toBeNull();

    await removeOwnStep(facilitator.id, partnership.id, step.id);
    expect((await listPartnershipSteps(member.id, partnership.id)).own).toEqual([]);
    await expect(removeOwnStep(facilitator.id, partnership.id, step.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
  });

  it("follows role changes at once: a new facilitator may change them, an ex-facilitator and a removed member lose access", async () => {
    const { partnership, facilitator, member } = await setup();
    const mila = await membershipId(member.id, partnership.id);
    await expect(addOwnStep(member.id, partnership.id, retro)).rejects.toSatisfy(refusedWith("FORBIDDEN"));

    await changeMemberRole(facilitator.id, partnership.id, mila, "FACILITATOR");
    const step = await addOwnStep(member.id, partnership.id, retro);

    await changeMemberRole(facilitator.id, partnership.id, mila, "MEMBER");
    await expect(editOwnStep(member.id, partnership.id, step.id, { ...retro, title: "Taken back" })).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    await expect(setDefaultStepQuestions(member.id, partnership.id, "EXPLORING", ["x"])).rejects.toSatisfy(refusedWith("FORBIDDEN"));
    expect((await listPartnershipSteps(member.id, partnership.id)).own.map((row) => row.title)).toEqual(["Retrospective"]);

    await removeMember(facilitator.id, partnership.id, mila);
    await expect(listPartnershipSteps(member.id, partnership.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    await expect(removeOwnStep(member.id, partnership.id, step.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    expect(await db.ownStep.count({ where: { partnershipId: partnership.id } })).toBe(1);
  });
});

describe("sessions with the partnership's steps", () => {
  it("plans an own step, and runs it with the title, questions and minutes it had when the session started", async () => {
    const { partnership, facilitator, member } = await setup();
    const step = await addOwnStep(facilitator.id, partnership.id, retro);
    await setDefaultStepQuestions(facilitator.id, partnership.id, "WHO_AM_I", ["Where do you come from?"]);
    await planSession(facilitator.id, partnership.id, { title: "Check-in", scheduledAt: tomorrow(), steps: ["WHO_AM_I", { ownStepId: step.id }, "AGREEMENTS"] });

    const { planned } = await listPartnershipSessions(member.id, partnership.id);
    expect(planned[0]?.steps.map((row) => [row.kind, row.title])).toEqual([
      ["WHO_AM_I", null],
      ["OWN", "Retrospective"],
      ["AGREEMENTS", null],
    ]);

    // Edits until it starts count; those after do not.
    await editOwnStep(facilitator.id, partnership.id, step.id, { ...retro, questions: ["What went well?"] });
    await startPlannedSession(facilitator.id, partnership.id, planned[0]!.id);
    await editOwnStep(facilitator.id, partnership.id, step.id, { title: "Renamed later", questions: ["Later question"], durationMinutes: 5 });
    await setDefaultStepQuestions(facilitator.id, partnership.id, "WHO_AM_I", []);

    const feed = await getKickoffFeed(member.id, partnership.id);
    expect(feed.session?.title).toBe("Check-in");
    expect(feed.session?.steps.map(({ kind, title, questions, durationMinutes }) => ({ kind, title, questions, durationMinutes }))).toEqual([
      { kind: "WHO_AM_I", title: null, questions: ["Where do you come from?"], durationMinutes: 20 },
      { kind: "OWN", title: "Retrospective", questions: ["What went well?"], durationMinutes: 25 },
      { kind: "AGREEMENTS", title: null, questions: [], durationMinutes: 15 },
    ]);
    await endKickoff(facilitator.id, partnership.id);
    const { held } = await listPartnershipSessions(member.id, partnership.id);
    expect(held[0]?.steps.map((row) => row.title)).toEqual([null, "Retrospective", null]);
  });

  it("starts a kickoff without a plan with the partnership's questions", async () => {
    const { partnership, facilitator, member } = await setup();
    await setDefaultStepQuestions(facilitator.id, partnership.id, "EXPLORING", ["What surprised you about each other?"]);
    await startKickoff(facilitator.id, partnership.id);
    const feed = await getKickoffFeed(member.id, partnership.id);
    expect(feed.session?.title).toBeNull();
    expect(feed.session?.steps.map((row) => row.questions)).toEqual([[], [], [], [], ["What surprised you about each other?"], []]);
  });

  it("refuses another partnership's own step in a plan, and drops a removed one from plans", async () => {
    const { partnership, facilitator } = await setup();
    const elsewhere = await makePartnership({ facilitator });
    const theirs = await addOwnStep(facilitator.id, elsewhere.id, retro);
    const plan = { title: "Mixed", scheduledAt: tomorrow(), steps: [{ ownStepId: theirs.id }] };
    await expect(planSession(facilitator.id, partnership.id, plan)).rejects.toSatisfy(refusedWith("INVALID"));
    expect(await db.plannedSession.count({ where: { partnershipId: partnership.id } })).toBe(0);

    const ours = await addOwnStep(facilitator.id, partnership.id, retro);
    const onlyOwn = await planSession(facilitator.id, partnership.id, { title: "Only own", scheduledAt: tomorrow(), steps: [{ ownStepId: ours.id }] });
    const mixed = await planSession(facilitator.id, partnership.id, { title: "Mixed", scheduledAt: tomorrow(), steps: ["WHO_AM_I", { ownStepId: ours.id }] });
    await removeOwnStep(facilitator.id, partnership.id, ours.id);
    const { planned } = await listPartnershipSessions(facilitator.id, partnership.id);
    expect(planned.map((row) => [row.title, row.steps.map((step) => step.kind)])).toEqual([
      ["Only own", []],
      ["Mixed", ["WHO_AM_I"]],
    ]);
    // A plan with no step left cannot run; one with steps left runs them.
    await expect(startPlannedSession(facilitator.id, partnership.id, onlyOwn.id)).rejects.toSatisfy(refusedWith("INVALID"));
    await startPlannedSession(facilitator.id, partnership.id, mixed.id);
    expect((await getKickoffFeed(facilitator.id, partnership.id)).session?.steps.map((step) => step.kind)).toEqual(["WHO_AM_I"]);
  });
});
