import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/account/delete-account";
import { listAudienceNotices } from "@/lib/audience/list-audience-notices";
import { markAudienceNoticesSeen } from "@/lib/audience/mark-audience-notices-seen";
import { recordAudienceChange } from "@/lib/audience/record-audience-change";
import { db, type Tx } from "@/lib/db";
import { addMember } from "@/lib/memberships/add-member";
import { changeMemberRole } from "@/lib/memberships/change-member-role";
import { leavePartnership } from "@/lib/memberships/leave-partnership";
import { makePartnership, makeUser, membershipId, setAnswers, type TestUser } from "@/lib/testing/factories";

async function noticesFor(userId: string) {
  return db.audienceNotice.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

async function promote(facilitator: TestUser, partnershipId: string, member: TestUser) {
  await changeMemberRole(facilitator.id, partnershipId, await membershipId(member.id, partnershipId), "FACILITATOR");
}

/** A transaction that counts the database operations asked of it (model calls and raw queries). */
function counting(tx: Tx) {
  let operations = 0;
  const proxy = new Proxy(tx, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          operations++;
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      }
      if (value && typeof value === "object") {
        return new Proxy(value, {
          get(model, method) {
            const fn: unknown = Reflect.get(model, method);
            if (typeof fn !== "function") return fn;
            return (...args: unknown[]) => {
              operations++;
              return (fn as (...args: unknown[]) => unknown).apply(model, args);
            };
          },
        });
      }
      return value;
    },
  });
  return { tx: proxy, operations: () => operations };
}

describe("recording a new facilitator's audience", () => {
  it("tells only the other members with Facilitators answers, naming exactly those answers", async () => {
    const [withAnswers, without, promoted] = await Promise.all([makeUser({ name: "Anna" }), makeUser({ name: "Bert" }), makeUser({ name: "Carla" })]);
    const partnership = await makePartnership({ name: "Rivierenland", members: [{ user: withAnswers }, { user: without }, { user: promoted }] });
    await setAnswers(withAnswers.id, { fears: "Heights", drives: "Water", origin: "Tiel" }, { fears: "FACILITATORS", drives: "FACILITATORS", origin: "PARTNERS" });
    await setAnswers(without.id, { fears: "Nothing", statement: "Mine" }, { fears: "ONLY_ME", statement: "PARTNERS" });
    await setAnswers(promoted.id, { personality: "Calm" }, { personality: "FACILITATORS" });

    await promote(partnership.facilitator, partnership.id, promoted);

    const notices = await noticesFor(withAnswers.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ partnershipId: partnership.id, readerId: promoted.id, reason: "PROMOTED", fields: ["fears", "drives"], seenAt: null });
    expect(await noticesFor(without.id)).toEqual([]);
    expect(await noticesFor(promoted.id)).toEqual([]);
    // The facilitator who promoted has no Facilitators answers (defaults), so is not told either.
    expect(await noticesFor(partnership.facilitator.id)).toEqual([]);
  });

  it("tells nobody when a facilitator is demoted or a facilitator is made facilitator again", async () => {
    const [member, second] = await Promise.all([makeUser(), makeUser()]);
    const partnership = await makePartnership({ members: [{ user: member }, { user: second, role: "FACILITATOR" }] });
    await setAnswers(member.id, { fears: "Dark" }, { fears: "FACILITATORS" });
    await changeMemberRole(partnership.facilitator.id, partnership.id, await membershipId(second.id, partnership.id), "FACILITATOR");
    await changeMemberRole(partnership.facilitator.id, partnership.id, await membershipId(second.id, partnership.id), "MEMBER");
    expect(await noticesFor(member.id)).toEqual([]);
  });

  it("asks the database the same number of times whatever the number of members", async () => {
    const operationsFor = async (memberCount: number) => {
      const members = await Promise.all(Array.from({ length: memberCount }, () => makeUser()));
      const reader = await makeUser();
      const partnership = await makePartnership({ members: [...members.map((user) => ({ user })), { user: reader }] });
      for (const member of members) await setAnswers(member.id, { talents: "Many" }, { talents: "FACILITATORS" });
      return db.$transaction(async (tx) => {
        const counted = counting(tx);
        const told = await recordAudienceChange(counted.tx, partnership.id, reader.id, "PROMOTED");
        expect(told).toBe(memberCount);
        return counted.operations();
      });
    };
    expect(await operationsFor(6)).toBe(await operationsFor(1));
  });

  it("tells the members when the longest-standing member takes over from a deleted last facilitator", async () => {
    const [successor, member] = await Promise.all([makeUser({ name: "Successor" }), makeUser({ name: "Member" })]);
    const partnership = await makePartnership({ members: [{ user: successor }] });
    await db.$transaction((tx) => addMember(tx, { partnershipId: partnership.id, userId: member.id }));
    await setAnswers(member.id, { valuesNorms: "Trust", contributeTo: "Rivers" }, { valuesNorms: "FACILITATORS", contributeTo: "FACILITATORS" });
    await setAnswers(successor.id, { fears: "Mine" }, { fears: "FACILITATORS" });

    await deleteAccount(partnership.facilitator.id, partnership.facilitator.password);

    const notices = await noticesFor(member.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ partnershipId: partnership.id, readerId: successor.id, reason: "SUCCESSION", fields: ["valuesNorms", "contributeTo"] });
    expect(await noticesFor(successor.id)).toEqual([]);
  });
});

describe("listing and dismissing notices", () => {
  async function promotedWorld() {
    const [anna, bert, reader] = await Promise.all([makeUser({ name: "Anna" }), makeUser({ name: "Bert" }), makeUser({ name: "Reader Rita" })]);
    const partnership = await makePartnership({ name: "Maasdelta", members: [{ user: anna }, { user: bert }, { user: reader }] });
    await setAnswers(anna.id, { irritations: "Noise" }, { irritations: "FACILITATORS" });
    await setAnswers(bert.id, { statement: "Mission" }, { statement: "FACILITATORS" });
    await promote(partnership.facilitator, partnership.id, reader);
    return { anna, bert, reader, partnership };
  }

  it("lists a member's own notices with the new reader, the partnership and the fields", async () => {
    const { anna, partnership } = await promotedWorld();
    const notices = await listAudienceNotices(anna.id, { unseenOnly: true });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ partnershipId: partnership.id, partnershipName: "Maasdelta", readerName: "Reader Rita", reason: "PROMOTED", fields: ["irritations"], seenAt: null });
    expect(notices[0]?.createdAt).toBeInstanceOf(Date);
  });

  it("marks only the user's own notices seen; seen ones leave the unseen list but stay in the history", async () => {
    const { anna, bert } = await promotedWorld();
    const [annas] = await listAudienceNotices(anna.id);
    const [berts] = await listAudienceNotices(bert.id);
    // Anna sends Bert's notice id along: it is not hers, so it stays unseen.
    expect(await markAudienceNoticesSeen(anna.id, [annas!.id, berts!.id])).toBe(1);
    expect(await listAudienceNotices(anna.id, { unseenOnly: true })).toEqual([]);
    const history = await listAudienceNotices(anna.id);
    expect(history).toHaveLength(1);
    expect(history[0]?.seenAt).toBeInstanceOf(Date);
    expect((await listAudienceNotices(bert.id, { unseenOnly: true })).map((notice) => notice.id)).toEqual([berts!.id]);
    // Seen once: a second "Got it" keeps the first time.
    expect(await markAudienceNoticesSeen(anna.id, [annas!.id])).toBe(0);
  });

  it("lists notices only of partnerships the member is in now, and not old ones after rejoining", async () => {
    const { anna, bert, partnership } = await promotedWorld();
    await leavePartnership(anna.id, partnership.id);
    expect(await listAudienceNotices(anna.id)).toEqual([]);
    await db.$transaction((tx) => addMember(tx, { partnershipId: partnership.id, userId: anna.id }));
    expect(await listAudienceNotices(anna.id)).toEqual([]);

    expect(await listAudienceNotices(bert.id)).toHaveLength(1);
    await db.partnership.delete({ where: { id: partnership.id } });
    expect(await listAudienceNotices(bert.id)).toEqual([]);
    expect(await noticesFor(bert.id)).toEqual([]);
  });
});
