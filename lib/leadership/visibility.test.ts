import { describe, expect, it } from "vitest";
import { DEFAULT_VISIBILITY } from "@/lib/leadership/fields";
import { canSee, completeness, readAnswer, relationOf, visibleAnswers, visibleTags, type MissionRecord, type ProfileRecord, type ViewerRelation } from "@/lib/leadership/visibility";

const RELATIONS: ViewerRelation[] = ["self", "facilitator", "partner", "stranger"];

describe("canSee", () => {
  const expected: Record<string, Record<ViewerRelation, boolean>> = {
    ONLY_ME: { self: true, facilitator: false, partner: false, stranger: false },
    FACILITATORS: { self: true, facilitator: true, partner: false, stranger: false },
    PARTNERS: { self: true, facilitator: true, partner: true, stranger: false },
  };
  for (const [visibility, byRelation] of Object.entries(expected)) {
    for (const relation of RELATIONS) {
      it(`${visibility} is ${byRelation[relation] ? "visible" : "hidden"} to ${relation}`, () => {
        expect(canSee(visibility as "ONLY_ME", relation)).toBe(byRelation[relation]);
      });
    }
  }

});

describe("readAnswer", () => {
  const copy = { text: "AS-REVEALED", tags: ["then"] };
  it("gives the partnership the revealed copy, never the live text, and a stranger nothing", () => {
    expect(readAnswer("ONLY_ME", "partner", "LIVE", copy)).toEqual({ text: "AS-REVEALED", tags: ["then"], fromReveal: true });
    expect(readAnswer("ONLY_ME", "facilitator", "LIVE", copy)?.text).toBe("AS-REVEALED");
    expect(readAnswer("FACILITATORS", "partner", "LIVE", copy)?.text).toBe("AS-REVEALED");
    expect(readAnswer("ONLY_ME", "stranger", "LIVE", copy)).toBeNull();
    expect(readAnswer("ONLY_ME", "partner", "LIVE", undefined)).toBeNull();
  });

  it("gives the live text to whoever may read it anyway, the owner included", () => {
    expect(readAnswer("FACILITATORS", "facilitator", "LIVE", copy)).toEqual({ text: "LIVE", fromReveal: false });
    expect(readAnswer("PARTNERS", "partner", "LIVE", copy)?.text).toBe("LIVE");
    expect(readAnswer("ONLY_ME", "self", "LIVE", copy)?.text).toBe("LIVE");
  });
});

describe("relationOf", () => {
  it("tells self, facilitator, partner and stranger apart", () => {
    expect(relationOf({ userId: "a", role: "MEMBER" }, "a")).toBe("self");
    expect(relationOf({ userId: "a", role: "FACILITATOR" }, "b")).toBe("facilitator");
    expect(relationOf({ userId: "a", role: "MEMBER" }, "b")).toBe("partner");
    expect(relationOf(null, "b")).toBe("stranger");
  });
});

function profile(overrides: Partial<ProfileRecord> = {}): ProfileRecord {
  return {
    origin: "Grew up on a farm near Zwolle",
    knowledgeSkills: "Hydrology and facilitation",
    personality: "Calm, curious",
    lifeExperience: "Ten years abroad",
    fears: "SECRET-FEAR",
    irritations: "SECRET-IRRITATION",
    valuesNorms: "Trust",
    originVisibility: DEFAULT_VISIBILITY.origin,
    knowledgeSkillsVisibility: DEFAULT_VISIBILITY.knowledgeSkills,
    personalityVisibility: DEFAULT_VISIBILITY.personality,
    lifeExperienceVisibility: DEFAULT_VISIBILITY.lifeExperience,
    fearsVisibility: DEFAULT_VISIBILITY.fears,
    irritationsVisibility: DEFAULT_VISIBILITY.irritations,
    valuesNormsVisibility: DEFAULT_VISIBILITY.valuesNorms,
    skillTags: ["hydrology"],
    valueTags: ["trust"],
    ...overrides,
  };
}

function mission(overrides: Partial<MissionRecord> = {}): MissionRecord {
  return {
    statement: "A climate-proof river region",
    drives: "My children",
    talents: "Connecting people",
    contributeTo: "Water safety",
    statementVisibility: "PARTNERS",
    drivesVisibility: "PARTNERS",
    talentsVisibility: "PARTNERS",
    contributeToVisibility: "PARTNERS",
    ...overrides,
  };
}

describe("visibleAnswers", () => {
  it("gives the owner everything", () => {
    const seen = visibleAnswers({ profile: profile(), mission: mission(), relation: "self" });
    expect(seen.answers.fears).toBe("SECRET-FEAR");
    expect(seen.answers.irritations).toBe("SECRET-IRRITATION");
  });

  it("leaves out only-me answers for partners and facilitators, and facilitator answers for partners", () => {
    const p = profile({ personalityVisibility: "FACILITATORS" });
    const forFacilitator = visibleAnswers({ profile: p, mission: mission(), relation: "facilitator" });
    const forPartner = visibleAnswers({ profile: p, mission: mission(), relation: "partner" });
    expect(forFacilitator.answers).not.toHaveProperty("fears");
    expect(forFacilitator.answers.personality).toBe("Calm, curious");
    expect(forPartner.answers).not.toHaveProperty("personality");
    expect(JSON.stringify(forPartner)).not.toMatch(/SECRET|Calm, curious/);
  });

  it("gives a stranger nothing", () => {
    const seen = visibleAnswers({ profile: profile(), mission: mission(), relation: "stranger" });
    expect(seen.answers).toEqual({});
    expect(seen.skillTags).toEqual([]);
  });

  it("hides tags with the answer they belong to", () => {
    const seen = visibleAnswers({ profile: profile({ valuesNormsVisibility: "ONLY_ME" }), mission: null, relation: "partner" });
    expect(seen.valueTags).toEqual([]);
    expect(seen.skillTags).toEqual(["hydrology"]);
  });

  it("shows the partnership the copy of a revealed only-me answer, not the text written since", () => {
    const revealed = new Map([["fears", { text: "FEAR-AS-REVEALED", tags: [] }]] as const);
    const seen = visibleAnswers({ profile: profile({ fears: "FEAR-WRITTEN-LATER" }), mission: null, relation: "partner", revealed });
    expect(seen.answers.fears).toBe("FEAR-AS-REVEALED");
    expect(seen.revealedFields).toEqual(["fears"]);
    expect(seen.answers).not.toHaveProperty("irritations");
    expect(JSON.stringify(seen)).not.toContain("FEAR-WRITTEN-LATER");
    const self = visibleAnswers({ profile: profile({ fears: "FEAR-WRITTEN-LATER" }), mission: null, relation: "self", revealed });
    expect(self.answers.fears).toBe("FEAR-WRITTEN-LATER");
    expect(self.revealedFields).toEqual([]);
  });
});

describe("completeness seen by others", () => {
  it("counts only the answers the viewer may see, so a hidden answer's existence stays hidden", () => {
    const written = visibleAnswers({ profile: profile(), mission: mission(), relation: "partner" });
    const blank = visibleAnswers({ profile: profile({ fears: "", irritations: "" }), mission: mission(), relation: "partner" });
    expect(written.completeness).toBe(1);
    expect(blank.completeness).toBe(written.completeness);
    expect(visibleAnswers({ profile: profile({ origin: "" }), mission: mission(), relation: "partner" }).completeness).toBeLessThan(1);
    expect(visibleAnswers({ profile: profile(), mission: mission(), relation: "stranger" }).completeness).toBe(0);
    expect(visibleAnswers({ profile: profile({ fears: "" }), mission: mission(), relation: "self" }).completeness).toBeCloseTo(10 / 11);
  });
});

describe("completeness", () => {
  it("counts filled answers out of eleven", () => {
    expect(completeness(null, null)).toBe(0);
    expect(completeness(profile(), mission())).toBe(1);
    expect(completeness({ origin: "x", fears: "  " }, { statement: "y" })).toBeCloseTo(2 / 11);
  });
});

describe("visibleTags", () => {
  const tagged = {
    skillTags: ["hydrology"],
    valueTags: ["trust"],
    knowledgeSkillsVisibility: "FACILITATORS" as const,
    valuesNormsVisibility: "ONLY_ME" as const,
  };

  it("follows the visibility of the answer each list belongs to", () => {
    expect(visibleTags({ profile: tagged, relation: "facilitator" })).toEqual({ skillTags: ["hydrology"], valueTags: [] });
    expect(visibleTags({ profile: tagged, relation: "partner" })).toEqual({ skillTags: [], valueTags: [] });
    expect(visibleTags({ profile: tagged, relation: "self" })).toEqual({ skillTags: ["hydrology"], valueTags: ["trust"] });
    expect(visibleTags({ profile: tagged, relation: "stranger" })).toEqual({ skillTags: [], valueTags: [] });
  });

  it("shows the tags of a revealed answer as they were revealed to the partnership, never to a stranger", () => {
    const revealed = new Map([["valuesNorms", { text: "Trust", tags: ["trust-then"] }]] as const);
    expect(visibleTags({ profile: tagged, relation: "partner", revealed }).valueTags).toEqual(["trust-then"]);
    expect(visibleTags({ profile: tagged, relation: "self", revealed }).valueTags).toEqual(["trust"]);
    expect(visibleTags({ profile: tagged, relation: "stranger", revealed }).valueTags).toEqual([]);
  });

  it("agrees with visibleAnswers", () => {
    for (const relation of RELATIONS) {
      const p = profile({ knowledgeSkillsVisibility: "FACILITATORS", valuesNormsVisibility: "PARTNERS" });
      const { skillTags, valueTags } = visibleAnswers({ profile: p, mission: null, relation });
      expect(visibleTags({ profile: p, relation })).toEqual({ skillTags, valueTags });
    }
  });
});
