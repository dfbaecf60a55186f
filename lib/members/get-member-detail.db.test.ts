import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { getMemberDetail } from "@/lib/members/get-member-detail";
import { saveMyRole } from "@/lib/memberships/save-my-role";
import { saveMission } from "@/lib/missions/save-mission";
import { saveProfile } from "@/lib/profiles/save-profile";
import { makePartnership, makeUser } from "@/lib/testing/factories";
import { ZSaveMyRoleInput } from "@/lib/validation/role";

const marker = (field: string) => `SECRET-${field.toUpperCase()}-${randomUUID()}`;

async function setUp(visibility: { fears: Visibility; personality: Visibility; origin: Visibility }) {
  const owner = await makeUser({ name: "Owner" });
  const member = await makeUser({ name: "Member" });
  const partnership = await makePartnership({ needs: ["Funding"], members: [{ user: owner, organisation: "Gemeente Zwolle" }, { user: member }] });
  const texts = { fears: marker("fears"), personality: marker("personality"), origin: marker("origin"), statement: marker("statement") };
  await saveProfile(owner.id, {
    version: 1,
    origin: texts.origin,
    originVisibility: visibility.origin,
    knowledgeSkills: "Finance",
    knowledgeSkillsVisibility: "PARTNERS",
    skillTags: ["finance"],
    personality: texts.personality,
    personalityVisibility: visibility.personality,
    lifeExperience: "",
    lifeExperienceVisibility: "PARTNERS",
    fears: texts.fears,
    fearsVisibility: visibility.fears,
    irritations: "",
    irritationsVisibility: "ONLY_ME",
    valuesNorms: "Honesty",
    valuesNormsVisibility: "ONLY_ME",
    valueTags: ["honesty"],
  });
  await saveMission(owner.id, {
    version: 1,
    statement: texts.statement,
    statementVisibility: "PARTNERS",
    drives: "",
    drivesVisibility: "PARTNERS",
    talents: "",
    talentsVisibility: "PARTNERS",
    contributeTo: "",
    contributeToVisibility: "PARTNERS",
  });
  const memberships = await db.membership.findMany({
    where: { partnershipId: partnership.id },
    select: { id: true, userId: true, role: true, partnershipId: true },
  });
  const viewer = (userId: string) => memberships.find((membership) => membership.userId === userId)!;
  return { owner, member, partnership, texts, viewer, ownerMembershipId: viewer(owner.id).id };
}

describe("a member's detail", () => {
  it("shows a partner only what the owner shares with partners, and says how many answers are not shared with them", async () => {
    const { member, texts, viewer, ownerMembershipId } = await setUp({ fears: "ONLY_ME", personality: "FACILITATORS", origin: "PARTNERS" });
    const detail = await getMemberDetail(viewer(member.id), ownerMembershipId);
    expect(detail?.name).toBe("Owner");
    expect(detail?.organisation).toBe("Gemeente Zwolle");
    expect(detail?.answers.origin).toBe(texts.origin);
    expect(detail?.answers.statement).toBe(texts.statement);
    expect(detail?.skillTags).toEqual(["finance"]);
    expect(detail?.valueTags).toEqual([]);
    // Fears, personality, irritations and values: counted whether or not anything is written.
    expect(detail?.notSharedCount).toBe(4);
    const serialised = JSON.stringify(detail);
    expect(serialised).not.toContain(texts.fears);
    expect(serialised).not.toContain(texts.personality);
    expect(serialised).not.toContain("Honesty");
    expect(serialised).not.toContain("honesty");
  });

  it("shows a facilitator the facilitator answers and the owner everything", async () => {
    const { owner, partnership, texts, viewer, ownerMembershipId } = await setUp({ fears: "ONLY_ME", personality: "FACILITATORS", origin: "ONLY_ME" });
    const facilitator = await getMemberDetail(viewer(partnership.facilitator.id), ownerMembershipId);
    expect(facilitator?.answers.personality).toBe(texts.personality);
    expect(facilitator?.answers).not.toHaveProperty("fears");
    expect(facilitator?.answers).not.toHaveProperty("origin");
    const self = await getMemberDetail(viewer(owner.id), ownerMembershipId);
    expect(self?.isSelf).toBe(true);
    expect(self?.answers.fears).toBe(texts.fears);
    expect(self?.valueTags).toEqual(["honesty"]);
    expect(self?.notSharedCount).toBe(0);
  });

  it("shows an answer the owner revealed to this partnership, and not in another one", async () => {
    const { owner, member, partnership, texts, viewer, ownerMembershipId } = await setUp({ fears: "ONLY_ME", personality: "ONLY_ME", origin: "ONLY_ME" });
    await db.fieldReveal.create({ data: { userId: owner.id, partnershipId: partnership.id, field: "fears", text: texts.fears } });
    const detail = await getMemberDetail(viewer(member.id), ownerMembershipId);
    expect(detail?.answers.fears).toBe(texts.fears);
    expect(detail?.answers).not.toHaveProperty("personality");

    const other = await makePartnership({ members: [{ user: owner }, { user: member }] });
    const otherMemberships = await db.membership.findMany({ where: { partnershipId: other.id }, select: { id: true, userId: true, role: true, partnershipId: true } });
    const there = await getMemberDetail(otherMemberships.find((m) => m.userId === member.id)!, otherMemberships.find((m) => m.userId === owner.id)!.id);
    expect(there?.answers).not.toHaveProperty("fears");
  });

  it("finds no member of another partnership, whatever id is asked for", async () => {
    const { ownerMembershipId } = await setUp({ fears: "PARTNERS", personality: "PARTNERS", origin: "PARTNERS" });
    const stranger = await makeUser();
    const elsewhere = await makePartnership({ facilitator: stranger });
    const strangerMembership = await db.membership.findFirstOrThrow({
      where: { userId: stranger.id, partnershipId: elsewhere.id },
      select: { id: true, userId: true, role: true, partnershipId: true },
    });
    expect(await getMemberDetail(strangerMembership, ownerMembershipId)).toBeNull();
  });

  it("finds nobody for an id that cannot be one, instead of failing the query", async () => {
    const { viewer, member } = await setUp({ fears: "PARTNERS", personality: "PARTNERS", origin: "PARTNERS" });
    for (const odd of ["a\u0000b", "", "'; DROP TABLE \"Membership\"; --", "x".repeat(5_000)]) {
      expect(await getMemberDetail(viewer(member.id), odd), JSON.stringify(odd.slice(0, 20))).toBeNull();
    }
  });

  it("lists the needs the member contributes to", async () => {
    const { owner, partnership, viewer, ownerMembershipId, member } = await setUp({ fears: "ONLY_ME", personality: "PARTNERS", origin: "PARTNERS" });
    await saveMyRole(
      owner.id,
      ZSaveMyRoleInput.parse({
        partnershipId: partnership.id,
        organisation: "Gemeente Zwolle",
        uniqueRole: "Budget holder",
        missionRelation: "",
        alignment: "5",
        needIds: [partnership.needs[0]!.id],
        notes: ["Co-funding"],
        contributes: [partnership.needs[0]!.id],
      }),
    );
    const detail = await getMemberDetail(viewer(member.id), ownerMembershipId);
    expect(detail).toMatchObject({ uniqueRole: "Budget holder", alignment: 5, contributions: [{ title: "Funding", note: "Co-funding" }] });
  });
});
