import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { exportMyData } from "@/lib/account/export-my-data";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { addMember } from "@/lib/memberships/add-member";
import { leavePartnership } from "@/lib/memberships/leave-partnership";
import { removeMember } from "@/lib/memberships/remove-member";
import { getSinceLastSession } from "@/lib/partnership-sessions/get-since-last-session";
import { addNeed } from "@/lib/partnerships/add-need";
import { removeNeed } from "@/lib/partnerships/remove-need";
import { makePartnership, makeUser, membershipId, setAnswers, setRole, TEST_PASSWORD, type TestUser } from "@/lib/testing/factories";

const notFound = (error: unknown) => isAppError(error, "NOT_FOUND");

/** Timestamps are kept to the millisecond: a pause keeps "before" and "after" a session's end apart. */
const tick = () => sleep(15);

async function join(partnershipId: string, user: TestUser, organisation = "") {
  await db.$transaction((tx) => addMember(tx, { partnershipId, userId: user.id, organisation }));
}

async function holdSession(facilitatorId: string, partnershipId: string) {
  await tick();
  await startKickoff(facilitatorId, partnershipId);
  await endKickoff(facilitatorId, partnershipId);
  await tick();
}

/** A need's row of the changed-coverage list as counts: [title, before (null: added since), now]. */
function needChanges(since: Awaited<ReturnType<typeof getSinceLastSession>>) {
  return since.needs?.map((need) => [need.title, need.before?.count ?? null, need.now.count]);
}

describe("since the last session", () => {
  it("says so when no session has ended, and refuses outsiders", async () => {
    const stranger = await makeUser();
    const partnership = await makePartnership({ needs: ["Funding"] });
    const since = await getSinceLastSession(partnership.facilitator.id, partnership.id);
    expect(since).toMatchObject({ last: null, chart: [], joined: [], left: [], needs: null });
    await startKickoff(partnership.facilitator.id, partnership.id);
    expect((await getSinceLastSession(partnership.facilitator.id, partnership.id)).last).toBeNull();
    await expect(getSinceLastSession(stranger.id, partnership.id)).rejects.toSatisfy(notFound);
  });

  it("does not compare needs with a session that ended before each need's coverage was kept", async () => {
    const partnership = await makePartnership({ needs: ["Funding"] });
    await holdSession(partnership.facilitator.id, partnership.id);
    await db.kickoffSession.updateMany({ where: { partnershipId: partnership.id }, data: { needCoverageKept: false } });
    const since = await getSinceLastSession(partnership.facilitator.id, partnership.id);
    expect(since).toMatchObject({ last: { number: 1, needCoverageKept: false }, needs: null, removedNeedCount: null });
    expect(since.chart).toHaveLength(1);
  });

  it("compares with the LAST ended session: who joined and left, whose coverage changed, and a chart point per session", async () => {
    const anna = await makeUser({ name: "Anna Achterberg" });
    const bram = await makeUser({ name: "Bram Bos" });
    const cato = await makeUser({ name: "Cato Claes" });
    const dirk = await makeUser({ name: "Dirk Dekker" });
    const eva = await makeUser({ name: "Eva Evers" });
    const gijs = await makeUser({ name: "Gijs Groen" });
    const partnership = await makePartnership({ needs: ["Funding", "Land", "Data"], members: [{ user: anna }, { user: bram }] });
    const f = partnership.facilitator;
    const [funding, land, data] = partnership.needs;
    await setRole(await membershipId(anna.id, partnership.id), { alignment: 4, needIds: [funding!.id] });

    // Session 1 ends; then Cato joins, Bram is removed, Anna takes up Land as well.
    await holdSession(f.id, partnership.id);
    await join(partnership.id, cato, "Waterschap");
    await removeMember(f.id, partnership.id, await membershipId(bram.id, partnership.id));
    await setRole(await membershipId(anna.id, partnership.id), { needIds: [funding!.id, land!.id] });

    let since = await getSinceLastSession(cato.id, partnership.id);
    expect(since.last?.number).toBe(1);
    expect(since.joined.map((m) => [m.name, m.organisation])).toEqual([["Cato Claes", "Waterschap"]]);
    expect(since.left.map((m) => m.name)).toEqual(["Bram Bos"]);
    expect(needChanges(since)).toEqual([["Land", 0, 1]]);
    expect(since.needs?.[0]).toMatchObject({ before: { status: "gap" }, now: { status: "single" } });
    expect(since.removedNeedCount).toBe(0);
    // Bram, removed, gets nothing.
    await expect(getSinceLastSession(bram.id, partnership.id)).rejects.toSatisfy(notFound);

    // Eva and Gijs join before session 2, which then ends.
    await join(partnership.id, eva);
    await join(partnership.id, gijs);
    await setRole(await membershipId(cato.id, partnership.id), { alignment: 2, needIds: [land!.id] });
    await holdSession(f.id, partnership.id);

    // After it: Dirk joins and covers Data; Cato leaves; Eva deletes her account; Gijs leaves and
    // comes back; a need is added and one removed.
    await join(partnership.id, dirk);
    await setRole(await membershipId(dirk.id, partnership.id), { needIds: [data!.id] });
    await leavePartnership(cato.id, partnership.id);
    await deleteAccount(eva.id, TEST_PASSWORD);
    await leavePartnership(gijs.id, partnership.id);
    await join(partnership.id, gijs);
    await addNeed(f.id, partnership.id, { title: "Volunteers", description: "" });
    await removeNeed(f.id, partnership.id, funding!.id);

    since = await getSinceLastSession(anna.id, partnership.id);
    expect(since.last?.number).toBe(2);
    expect(since.joined.map((m) => m.name)).toEqual(["Dirk Dekker"]);
    expect(since.left.map((m) => m.name)).toEqual(["Cato Claes", null]);
    // Land: Anna and Cato at the end, Anna now. Data: nobody then, Dirk now. Volunteers: new.
    expect(needChanges(since)).toEqual([
      ["Land", 2, 1],
      ["Data", 0, 1],
      ["Volunteers", null, 0],
    ]);
    expect(since.removedNeedCount).toBe(1);

    // One point per held session, in order, with the counts kept at each end.
    expect(since.chart.map((p) => [p.number, p.endMemberCount, p.endNeedCount, p.endCoveredNeedCount, p.endAverageAlignment])).toEqual([
      [1, 3, 3, 1, 4],
      [2, 5, 3, 2, 3],
    ]);

    // A session now running changes nothing; the comparison stays with the last ended one.
    await tick();
    await startKickoff(f.id, partnership.id);
    expect((await getSinceLastSession(anna.id, partnership.id)).last?.number).toBe(2);
    expect((await getSinceLastSession(anna.id, partnership.id)).chart).toHaveLength(2);

    // Someone who joins after they left learns that two members left, not who.
    const late = await makeUser({ name: "Lotte Laat" });
    await join(partnership.id, late);
    since = await getSinceLastSession(late.id, partnership.id);
    expect(since.left.map((m) => [m.name, m.beforeViewer])).toEqual([
      [null, true],
      [null, true],
    ]);
    expect(since.joined.map((m) => m.name)).toEqual(["Dirk Dekker", "Lotte Laat"]);
  });

  it("records a departure in the transaction that ends the membership, with when the membership began", async () => {
    const member = await makeUser({ name: "Mila Mol" });
    const partnership = await makePartnership({ members: [{ user: member }] });
    const joinedAt = (await db.membership.findUniqueOrThrow({ where: { id: await membershipId(member.id, partnership.id) } })).joinedAt;
    await leavePartnership(member.id, partnership.id);
    const departures = await db.memberDeparture.findMany({ where: { partnershipId: partnership.id } });
    expect(departures).toEqual([expect.objectContaining({ userId: member.id, reason: "LEFT", memberSince: joinedAt })]);
    // It is theirs: it is in their data export.
    expect((await exportMyData(member.id)).partnershipsLeft).toEqual([
      expect.objectContaining({ reason: "LEFT", memberSince: joinedAt, partnership: { id: partnership.id, name: partnership.name } }),
    ]);
    // A refused removal (the last facilitator) records nothing.
    await expect(removeMember(partnership.facilitator.id, partnership.id, await membershipId(partnership.facilitator.id, partnership.id))).rejects.toThrow();
    expect(await db.memberDeparture.count({ where: { partnershipId: partnership.id } })).toBe(1);
  });
});

describe("what a session keeps of each need", () => {
  it("is counts only: no answer text, not even distinctive text, reaches the snapshot", async () => {
    const member = await makeUser({ name: "Noor Nieuwenhuis" });
    const partnership = await makePartnership({ needs: ["Funding", "Land"], members: [{ user: member }] });
    const marker = `ZEBRAQUILL-${partnership.id}`;
    await setAnswers(
      member.id,
      { origin: `${marker} origin`, fears: `${marker} fears`, statement: `${marker} statement`, drives: `${marker} drives` },
      { fears: "ONLY_ME", statement: "FACILITATORS" },
    );
    const mine = await membershipId(member.id, partnership.id);
    await setRole(mine, { uniqueRole: `${marker} role`, missionRelation: `${marker} relation`, alignment: 5, needIds: [partnership.needs[0]!.id] });
    await db.contribution.updateMany({ where: { membershipId: mine }, data: { note: `${marker} note` } });

    await startKickoff(partnership.facilitator.id, partnership.id);
    await endKickoff(partnership.facilitator.id, partnership.id);
    await leavePartnership(member.id, partnership.id);

    const session = await db.kickoffSession.findFirstOrThrow({ where: { partnershipId: partnership.id } });
    const rows = await db.$queryRaw<{ row: string }[]>`
      SELECT row_to_json(c)::text AS "row" FROM "SessionNeedCoverage" c WHERE c."sessionId" = ${session.id}
      UNION ALL SELECT row_to_json(k)::text FROM "KickoffSession" k WHERE k."id" = ${session.id}
      UNION ALL SELECT row_to_json(d)::text FROM "MemberDeparture" d WHERE d."partnershipId" = ${partnership.id}`;
    expect(rows).toHaveLength(2 + 1 + 1);
    for (const { row } of rows) expect(row).not.toContain("ZEBRAQUILL");
    const kept = await db.sessionNeedCoverage.findMany({ where: { sessionId: session.id } });
    expect(kept.map((row) => Object.keys(row).sort())).toEqual([
      ["contributorCount", "needId", "sessionId"],
      ["contributorCount", "needId", "sessionId"],
    ]);
    expect(Object.fromEntries(kept.map((row) => [row.needId, row.contributorCount]))).toEqual({
      [partnership.needs[0]!.id]: 1,
      [partnership.needs[1]!.id]: 0,
    });
  });
});
