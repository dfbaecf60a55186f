import { describe, expect, it } from "vitest";
import { exportMyData } from "@/lib/account/export-my-data";
import { db } from "@/lib/db";
import { listAnswerHistory } from "@/lib/history/list-answer-history";
import { VERSIONS_KEPT } from "@/lib/history/record-answer-versions";
import { restoreAnswerVersion } from "@/lib/history/restore-answer-version";
import { getMemberDetail } from "@/lib/members/get-member-detail";
import { saveMission } from "@/lib/missions/save-mission";
import { getMyProfile } from "@/lib/profiles/get-my-profile";
import { saveProfile } from "@/lib/profiles/save-profile";
import { makePartnership, makeUser, membershipId } from "@/lib/testing/factories";
import { ZSaveMissionInput, ZSaveProfileInput } from "@/lib/validation/profile";

const EMPTY_PROFILE = {
  origin: "",
  knowledgeSkills: "",
  skillTags: "",
  personality: "",
  lifeExperience: "",
  fears: "",
  irritations: "",
  valuesNorms: "",
  valueTags: "",
  originVisibility: "PARTNERS",
  knowledgeSkillsVisibility: "PARTNERS",
  personalityVisibility: "PARTNERS",
  lifeExperienceVisibility: "PARTNERS",
  fearsVisibility: "ONLY_ME",
  irritationsVisibility: "ONLY_ME",
  valuesNormsVisibility: "PARTNERS",
};

/** Saves the profile through the form's own path, from the version stored now. */
async function saveOrigin(userId: string, origin: string, extra: Record<string, string> = {}) {
  const { profile } = await getMyProfile(userId);
  const outcome = await saveProfile(userId, ZSaveProfileInput.parse({ ...EMPTY_PROFILE, version: String(profile.version), origin, ...extra }));
  expect(outcome.status).toBe("saved");
}

describe("the history of an answer", () => {
  it("keeps every earlier text, newest first, and only when the text changed", async () => {
    const user = await makeUser();
    await saveOrigin(user.id, "");
    expect(await listAnswerHistory(user.id)).toEqual({});
    await saveOrigin(user.id, "Grew up in Deventer");
    await saveOrigin(user.id, "Grew up in Deventer", { personality: "Calm" });
    await saveOrigin(user.id, "Grew up in Zwolle", { personality: "Calm" });
    await saveOrigin(user.id, "Grew up in Zwolle, moved to Arnhem", { personality: "Calm" });

    const history = await listAnswerHistory(user.id);
    expect(history.origin?.map((version) => version.text)).toEqual(["Grew up in Zwolle", "Grew up in Deventer"]);
    // Personality has one text only: its current one, so no earlier version.
    expect(history.personality).toBeUndefined();

    // Emptying an answer is a version too, and the text before it can come back.
    await saveOrigin(user.id, "", { personality: "Calm" });
    expect((await listAnswerHistory(user.id)).origin?.[0]?.text).toBe("Grew up in Zwolle, moved to Arnhem");
  });

  it("keeps mission answers the same way, and the owner's data download holds the whole history", async () => {
    const user = await makeUser();
    const base = { statement: "", statementVisibility: "PARTNERS", drives: "", drivesVisibility: "PARTNERS", talents: "", talentsVisibility: "PARTNERS", contributeTo: "", contributeToVisibility: "PARTNERS" };
    await saveMission(user.id, ZSaveMissionInput.parse({ ...base, version: "1", statement: "Dry feet" }));
    await saveMission(user.id, ZSaveMissionInput.parse({ ...base, version: "2", statement: "Dry feet and green banks" }));
    expect((await listAnswerHistory(user.id)).statement?.map((version) => version.text)).toEqual(["Dry feet"]);
    const download = await exportMyData(user.id);
    expect(download.answerHistory.map((version) => [version.field, version.text])).toEqual([
      ["statement", "Dry feet"],
      ["statement", "Dry feet and green banks"],
    ]);
  });

  it("restores an earlier text as a new save, keeping the answer's visibility, for its owner only", async () => {
    const owner = await makeUser();
    const partner = await makeUser();
    const partnership = await makePartnership({ members: [{ user: owner }, { user: partner }] });
    await saveOrigin(owner.id, "OLD-TEXT", { originVisibility: "FACILITATORS" });
    await saveOrigin(owner.id, "NEW-TEXT", { originVisibility: "FACILITATORS" });
    const earlier = (await listAnswerHistory(owner.id)).origin?.[0];
    expect(earlier?.text).toBe("OLD-TEXT");

    // Someone else cannot restore (or learn of) the owner's version.
    await expect(restoreAnswerVersion(partner.id, earlier!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getMyProfile(owner.id)).profile.origin).toBe("NEW-TEXT");

    const before = (await getMyProfile(owner.id)).profile.version;
    const viewVersion = (await db.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).viewVersion;
    expect(await restoreAnswerVersion(owner.id, earlier!.id)).toEqual({ field: "origin" });
    const { profile } = await getMyProfile(owner.id);
    expect(profile.origin).toBe("OLD-TEXT");
    expect(profile.originVisibility).toBe("FACILITATORS");
    // A form still open on the old version is told of the change instead of overwriting it.
    expect(profile.version).toBe(before + 1);
    expect((await db.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).viewVersion).toBeGreaterThan(viewVersion);
    expect((await listAnswerHistory(owner.id)).origin?.map((version) => version.text)).toEqual(["NEW-TEXT", "OLD-TEXT"]);

    // The facilitator reads the restored text, and no earlier one; the partner reads neither.
    const ownerMembership = await membershipId(owner.id, partnership.id);
    const asFacilitator = JSON.stringify(await getMemberDetail({ userId: partnership.facilitator.id, role: "FACILITATOR", partnershipId: partnership.id }, ownerMembership));
    expect(asFacilitator).toContain("OLD-TEXT");
    expect(asFacilitator).not.toContain("NEW-TEXT");
    const asPartner = JSON.stringify(await getMemberDetail({ userId: partner.id, role: "MEMBER", partnershipId: partnership.id }, ownerMembership));
    expect(asPartner).not.toContain("OLD-TEXT");
    expect(asPartner).not.toContain("NEW-TEXT");
  });

  it(`keeps the latest ${VERSIONS_KEPT} texts of an answer`, async () => {
    const user = await makeUser();
    for (let i = 1; i <= VERSIONS_KEPT + 3; i++) await saveOrigin(user.id, `Text ${i}`);
    const kept = await db.answerVersion.findMany({ where: { userId: user.id, field: "origin" }, orderBy: { savedAt: "asc" } });
    expect(kept).toHaveLength(VERSIONS_KEPT);
    expect(kept[0]?.text).toBe("Text 4");
    expect(kept.at(-1)?.text).toBe(`Text ${VERSIONS_KEPT + 3}`);
  });

  it("goes with the account", async () => {
    const user = await makeUser();
    await saveOrigin(user.id, "Something");
    await db.user.delete({ where: { id: user.id } });
    expect(await db.answerVersion.count({ where: { userId: user.id } })).toBe(0);
  });
});
