import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveMission } from "@/lib/missions/save-mission";
import { getMyProfile } from "@/lib/profiles/get-my-profile";
import { saveProfile } from "@/lib/profiles/save-profile";
import { makePartnership, makeUser } from "@/lib/testing/factories";
import { ZSaveMissionInput, ZSaveProfileInput, type SaveMissionInput, type SaveProfileInput } from "@/lib/validation/profile";

function profileInput(overrides: Partial<Record<keyof SaveProfileInput, string>> = {}): SaveProfileInput {
  return ZSaveProfileInput.parse({
    version: "1",
    origin: "Grew up in Deventer",
    originVisibility: "PARTNERS",
    knowledgeSkills: "Hydrology",
    knowledgeSkillsVisibility: "PARTNERS",
    skillTags: "Hydrology, facilitation",
    personality: "",
    personalityVisibility: "PARTNERS",
    lifeExperience: "",
    lifeExperienceVisibility: "PARTNERS",
    fears: "Speaking first",
    fearsVisibility: "ONLY_ME",
    irritations: "",
    irritationsVisibility: "ONLY_ME",
    valuesNorms: "Trust",
    valuesNormsVisibility: "FACILITATORS",
    valueTags: "Trust,  trust , Care",
    ...overrides,
  });
}

function missionInput(overrides: Partial<Record<keyof SaveMissionInput, string>> = {}): SaveMissionInput {
  return ZSaveMissionInput.parse({
    version: "1",
    statement: "A climate-proof region",
    statementVisibility: "PARTNERS",
    drives: "",
    drivesVisibility: "FACILITATORS",
    talents: "",
    talentsVisibility: "PARTNERS",
    contributeTo: "",
    contributeToVisibility: "ONLY_ME",
    ...overrides,
  });
}

describe("saving a profile", () => {
  it("stores answers, visibilities and normalised tags, and raises the version", async () => {
    const user = await makeUser();
    const outcome = await saveProfile(user.id, profileInput());
    expect(outcome).toEqual({ status: "saved", version: 2 });
    const { profile, completeness } = await getMyProfile(user.id);
    expect(profile.origin).toBe("Grew up in Deventer");
    expect(profile.valuesNormsVisibility).toBe("FACILITATORS");
    expect(profile.valueTags).toEqual(["trust", "care"]);
    expect(profile.skillTags).toEqual(["hydrology", "facilitation"]);
    expect(profile.version).toBe(2);
    expect(completeness).toBeCloseTo(4 / 11);
  });

  it("refuses a save made from an older version, keeps the stored one and returns it", async () => {
    const user = await makeUser();
    await saveProfile(user.id, profileInput({ origin: "From the first tab" }));
    const outcome = await saveProfile(user.id, profileInput({ origin: "From the second tab" }));
    expect(outcome.status).toBe("conflict");
    if (outcome.status !== "conflict") return;
    expect(outcome.current.origin).toBe("From the first tab");
    expect(outcome.current.version).toBe(2);
    expect((await getMyProfile(user.id)).profile.origin).toBe("From the first tab");

    const again = await saveProfile(user.id, profileInput({ version: "2", origin: "From the second tab" }));
    expect(again).toEqual({ status: "saved", version: 3 });
  });

  it("lets only one of two simultaneous saves of the same version through", async () => {
    const user = await makeUser();
    const outcomes = await Promise.all([
      saveProfile(user.id, profileInput({ origin: "A" })),
      saveProfile(user.id, profileInput({ origin: "B" })),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["conflict", "saved"]);
  });

  it("marks the collaboration views of the user's partnerships as changed", async () => {
    const user = await makeUser();
    const partnership = await makePartnership({ members: [{ user }] });
    const before = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });
    await saveProfile(user.id, profileInput());
    await saveMission(user.id, missionInput());
    const after = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, select: { viewVersion: true } });
    expect(after.viewVersion).toBe(before.viewVersion + 2);
  });

  it("creates the profile of an account that has none yet", async () => {
    const user = await makeUser();
    await db.profile.delete({ where: { userId: user.id } });
    expect(await saveProfile(user.id, profileInput())).toEqual({ status: "saved", version: 1 });
    expect((await getMyProfile(user.id)).profile.origin).toBe("Grew up in Deventer");
  });
});

describe("saving a mission", () => {
  it("stores the mission and refuses an outdated version", async () => {
    const user = await makeUser();
    expect(await saveMission(user.id, missionInput())).toEqual({ status: "saved", version: 2 });
    const conflict = await saveMission(user.id, missionInput({ statement: "Other tab" }));
    expect(conflict.status).toBe("conflict");
    const { mission } = await getMyProfile(user.id);
    expect(mission.statement).toBe("A climate-proof region");
    expect(mission.contributeToVisibility).toBe("ONLY_ME");
  });
});

describe("the profile schema", () => {
  it("refuses an answer over the limit and a tag over its length", () => {
    const tooLong = ZSaveProfileInput.safeParse({ ...profileInput(), version: "1", fears: "x".repeat(5001), skillTags: "", valueTags: "" });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.path).toEqual(["fears"]);
    const tag = ZSaveProfileInput.safeParse({ ...profileInput(), version: "1", skillTags: "y".repeat(41), valueTags: "" });
    expect(tag.error?.issues[0]).toMatchObject({ path: ["skillTags"], message: "tagTooLong" });
    const visibility = ZSaveProfileInput.safeParse({ ...profileInput(), version: "1", skillTags: "", valueTags: "", fearsVisibility: "EVERYONE" });
    expect(visibility.error?.issues[0]?.path).toEqual(["fearsVisibility"]);
  });
});
