import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { makePartnership, makeUser } from "@/lib/testing/factories";
import { listTagSuggestions } from "@/lib/tags/list-tag-suggestions";

async function tag(userId: string, skillTags: string[], knowledgeSkillsVisibility: Visibility, valueTags: string[], valuesNormsVisibility: Visibility) {
  await db.profile.update({ where: { userId }, data: { skillTags, knowledgeSkillsVisibility, valueTags, valuesNormsVisibility } });
}

describe("tag suggestions", () => {
  it("offers the tags fellow members share with the user, most used first", async () => {
    const [me, a, b] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    await makePartnership({ members: [{ user: me }, { user: a }, { user: b }] });
    await tag(a.id, ["facilitation", "hydrology"], "PARTNERS", ["trust"], "PARTNERS");
    await tag(b.id, ["hydrology"], "PARTNERS", ["care"], "PARTNERS");
    expect(await listTagSuggestions(me.id)).toEqual({ skillTags: ["hydrology", "facilitation"], valueTags: ["care", "trust"] });
  });

  it("leaves out tags the user may not see, judged with the user's role in each partnership", async () => {
    const [me, a] = await Promise.all([makeUser(), makeUser()]);
    await makePartnership({ members: [{ user: me }, { user: a }] });
    await tag(a.id, ["secret-skill"], "FACILITATORS", ["secret-value"], "ONLY_ME");
    expect(await listTagSuggestions(me.id)).toEqual({ skillTags: [], valueTags: [] });

    await makePartnership({ facilitator: me, members: [{ user: a }] });
    expect(await listTagSuggestions(me.id)).toEqual({ skillTags: ["secret-skill"], valueTags: [] });
  });

  it("offers nothing from people the user shares no partnership with", async () => {
    const [me, stranger] = await Promise.all([makeUser(), makeUser()]);
    await makePartnership({ members: [{ user: stranger }] });
    await tag(stranger.id, ["elsewhere"], "PARTNERS", ["elsewhere"], "PARTNERS");
    expect(await listTagSuggestions(me.id)).toEqual({ skillTags: [], valueTags: [] });
  });
});
