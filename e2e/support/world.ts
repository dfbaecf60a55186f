import { randomUUID } from "node:crypto";
import { addAgreement } from "@/lib/agreements/add-agreement";
import { createCalendarFeed } from "@/lib/calendar/create-calendar-feed";
import { db } from "@/lib/db";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { addOwnStep } from "@/lib/own-steps/add-own-step";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { makePartnership, makeUser, membershipId, setAnswers, type TestUser } from "@/lib/testing/factories";
import { addNote } from "@/lib/testing/role-factories";

export type Role = "signedOut" | "stranger" | "member" | "otherFacilitator" | "facilitator";

/**
 * Two partnerships and the people around them, for tests of who may do what. P is the one under
 * attack: its facilitator and a plain member, needs, notes both ways, an agreement, an open and a
 * revoked invite link, and answers with markers (shared with partners, and only-me secrets). Q is
 * another partnership, facilitated by someone who has nothing to do with P. A stranger belongs to
 * neither.
 */
export async function makeWorld({ kickoff = false }: { kickoff?: boolean } = {}) {
  const tag = randomUUID().slice(0, 8);
  const [facilitator, member, stranger, otherFacilitator] = await Promise.all([
    makeUser({ name: `Fenna Facilitator ${tag}` }),
    makeUser({ name: `Mert Member ${tag}` }),
    makeUser({ name: "Stijn Stranger" }),
    makeUser({ name: "Olga Other" }),
  ]);
  const p = await makePartnership({
    name: `Victim partnership ${tag}`,
    facilitator,
    needs: [`Need marker ${tag}`, "Second need"],
    members: [{ user: member, organisation: "Gemeente Tiel" }],
  });
  const q = await makePartnership({ name: `Other partnership ${tag}`, facilitator: otherFacilitator, needs: ["Their need"] });

  const sharedMission = `Shared mission marker ${tag}`;
  const secrets = { facilitator: `Facilitator only-me marker ${tag}`, member: `Member only-me marker ${tag}` };
  // Personality and drives are kept back too, with text, so that revealing them is possible.
  await setAnswers(
    facilitator.id,
    { statement: sharedMission, fears: secrets.facilitator, personality: `Facilitator personality ${tag}` },
    { statement: "PARTNERS", fears: "ONLY_ME", personality: "FACILITATORS" },
  );
  await setAnswers(
    member.id,
    { statement: `Member mission ${tag}`, irritations: secrets.member, drives: `Member drives ${tag}`, personality: `Member personality ${tag}` },
    { statement: "PARTNERS", irritations: "ONLY_ME", drives: "FACILITATORS", personality: "FACILITATORS" },
  );

  const notes = {
    byFacilitator: (await addNote(p.id, facilitator.id, member.id, `Appreciation for the member ${tag}`)).id,
    byMember: (await addNote(p.id, member.id, facilitator.id, `Question for the facilitator ${tag}`, "QUESTION")).id,
  };
  const agreement = await addAgreement(facilitator.id, p.id, `Agreement marker ${tag}`);
  const open = await createInvitation(facilitator.id, p.id, { expiresInDays: 14 });
  const revoked = await createInvitation(facilitator.id, p.id, { expiresInDays: 14 });
  await revokeInvitation(facilitator.id, p.id, revoked.invitation.id);
  const qAgreement = await addAgreement(otherFacilitator.id, q.id, "Their agreement");
  const qInvitation = await createInvitation(otherFacilitator.id, q.id, { expiresInDays: 14 });
  const ownStep = await addOwnStep(facilitator.id, p.id, { title: `Own step marker ${tag}`, questions: [`Own question marker ${tag}`], durationMinutes: 10 });
  const qOwnStep = await addOwnStep(otherFacilitator.id, q.id, { title: "Their own step", questions: ["Their question"], durationMinutes: 10 });
  const nextWeek = new Date(Date.now() + 7 * 86_400_000);
  const plannedSession = await planSession(facilitator.id, p.id, { title: `Planned session marker ${tag}`, scheduledAt: nextWeek, steps: ["WHO_AM_I", "AGREEMENTS"] });
  const qPlannedSession = await planSession(otherFacilitator.id, q.id, { title: "Their session", scheduledAt: nextWeek, steps: ["WHO_AM_I"] });

  // P's member's calendar feed link: it opens P's planned sessions, by the token alone.
  const memberFeed = await createCalendarFeed(member.id);

  if (kickoff) {
    await startKickoff(facilitator.id, p.id);
    await startKickoff(otherFacilitator.id, q.id);
  }
  const steps = async (partnershipId: string) =>
    (await db.kickoffStep.findMany({ where: { session: { partnershipId, status: "RUNNING" } }, orderBy: { position: "asc" }, select: { id: true } })).map((step) => step.id);
  const kickoffVersion = async (partnershipId: string) =>
    (await db.kickoffSession.findFirst({ where: { partnershipId, status: "RUNNING" }, select: { version: true } }))?.version ?? 1;

  return {
    tag,
    users: { facilitator, member, stranger, otherFacilitator } satisfies Record<Exclude<Role, "signedOut">, TestUser>,
    p: {
      id: p.id,
      name: p.name,
      needIds: p.needs.map((need) => need.id),
      memberships: { facilitator: await membershipId(facilitator.id, p.id), member: await membershipId(member.id, p.id) },
      notes,
      agreementId: agreement.id,
      invitationId: open.invitation.id,
      token: open.token,
      revokedToken: revoked.token,
      plannedSessionId: plannedSession.id,
      memberFeedToken: memberFeed.token,
      ownStepId: ownStep.id,
      stepIds: await steps(p.id),
      kickoffVersion: await kickoffVersion(p.id),
    },
    q: {
      id: q.id,
      needId: q.needs[0]!.id,
      membership: await membershipId(otherFacilitator.id, q.id),
      agreementId: qAgreement.id,
      invitationId: qInvitation.invitation.id,
      plannedSessionId: qPlannedSession.id,
      ownStepId: qOwnStep.id,
      stepIds: await steps(q.id),
      kickoffVersion: await kickoffVersion(q.id),
    },
    /** Text only P's members may receive. */
    protectedText: [p.name, sharedMission, `Need marker ${tag}`, `Agreement marker ${tag}`, `Planned session marker ${tag}`, `Own question marker ${tag}`],
    /** Answers only their owner may ever receive. */
    secrets,
  };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

/**
 * Everything a refused request could have changed: both partnerships with all they hold, and the
 * accounts, profiles, missions and memberships of everyone in the world (`victimOnly`: P and its
 * people alone). Compare two with `changes`.
 */
export async function fingerprint(world: World, { victimOnly = false } = {}): Promise<Snapshot> {
  const partnerships = await db.partnership.findMany({
    where: { id: { in: victimOnly ? [world.p.id] : [world.p.id, world.q.id] } },
    orderBy: { id: "asc" },
    include: {
      needs: { orderBy: { id: "asc" }, include: { contributions: { orderBy: { id: "asc" } } } },
      memberships: { orderBy: { id: "asc" } },
      invitations: { orderBy: { id: "asc" } },
      notes: { orderBy: { id: "asc" } },
      agreements: { orderBy: { id: "asc" } },
      kickoffs: { orderBy: { id: "asc" }, include: { steps: { orderBy: { id: "asc" } } } },
      plannedSessions: { orderBy: { id: "asc" }, include: { steps: { orderBy: { id: "asc" } } } },
      ownSteps: { orderBy: { id: "asc" } },
      defaultStepQuestions: { orderBy: { kind: "asc" } },
      reveals: { orderBy: { id: "asc" } },
    },
  });
  const people = victimOnly ? [world.users.facilitator, world.users.member] : Object.values(world.users);
  const users = await db.user.findMany({
    where: { id: { in: people.map((user) => user.id) } },
    orderBy: { id: "asc" },
    // Seats elsewhere are the person's own business, unless the whole world is compared.
    include: { profile: true, mission: true, calendarFeed: true, answerVersions: { orderBy: { id: "asc" } }, memberships: victimOnly ? false : { orderBy: { id: "asc" } } },
  });
  return JSON.parse(JSON.stringify({ partnerships, users })) as Snapshot;
}

type Snapshot = { [key: string]: unknown };

/** Where two snapshots differ, as paths ("partnerships.0.needs.1.title"); empty when equal. */
export function changes(before: unknown, after: unknown, path = ""): string[] {
  if (before === after) return [];
  if (typeof before !== "object" || typeof after !== "object" || before === null || after === null) return [path || "(root)"];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) =>
    changes((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
  );
}
