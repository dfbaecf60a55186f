import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/generated/prisma/enums";
import type { AnswerField } from "@/lib/leadership/fields";
import { saveMission } from "@/lib/missions/save-mission";
import { saveProfile } from "@/lib/profiles/save-profile";
import { makePartnership, makeUser, type TestUser } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { viewerPage } from "./viewers";

// The product's promise, checked where it matters: in what the server sends. Every answer of one
// owner carries a unique marker; each viewer fetches the pages as HTML and as the React Server
// Component payload, and each marker must be there exactly when the viewer may read the answer.

/** Every visibility is held by several answers; the tags follow knowledge/skills and values/norms. */
const VISIBILITY: Record<AnswerField, Visibility> = {
  origin: "PARTNERS",
  knowledgeSkills: "FACILITATORS",
  personality: "ONLY_ME",
  lifeExperience: "PARTNERS",
  fears: "ONLY_ME",
  irritations: "FACILITATORS",
  valuesNorms: "ONLY_ME",
  statement: "PARTNERS",
  drives: "FACILITATORS",
  talents: "ONLY_ME",
  contributeTo: "FACILITATORS",
};

type Viewer = "owner" | "facilitator" | "fellow member" | "member of another partnership" | "signed out";

/** Written out rather than computed with the rule under test. */
const MAY_READ: Record<Viewer, Visibility[]> = {
  owner: ["ONLY_ME", "FACILITATORS", "PARTNERS"],
  facilitator: ["FACILITATORS", "PARTNERS"],
  "fellow member": ["PARTNERS"],
  "member of another partnership": [],
  "signed out": [],
};

async function scenario() {
  const [owner, facilitator, member, outsider] = await Promise.all([
    makeUser({ name: "Olga Owner" }),
    makeUser({ name: "Femke Facilitator" }),
    makeUser({ name: "Mo Member" }),
    makeUser({ name: "Otto Outsider" }),
  ]);
  const partnership = await makePartnership({ facilitator, members: [{ user: owner }, { user: member }] });
  const elsewhere = await makePartnership({ facilitator: outsider });

  const id = randomUUID();
  const markers = Object.fromEntries(Object.keys(VISIBILITY).map((field) => [field, `SECRET-${field.toUpperCase()}-${id}`])) as Record<AnswerField, string>;
  const tags = { skill: `skill-${id}`, value: `value-${id}` };
  const visibility = (field: AnswerField) => VISIBILITY[field];
  await saveProfile(owner.id, {
    version: 1,
    origin: markers.origin,
    originVisibility: visibility("origin"),
    knowledgeSkills: markers.knowledgeSkills,
    knowledgeSkillsVisibility: visibility("knowledgeSkills"),
    skillTags: [tags.skill],
    personality: markers.personality,
    personalityVisibility: visibility("personality"),
    lifeExperience: markers.lifeExperience,
    lifeExperienceVisibility: visibility("lifeExperience"),
    fears: markers.fears,
    fearsVisibility: visibility("fears"),
    irritations: markers.irritations,
    irritationsVisibility: visibility("irritations"),
    valuesNorms: markers.valuesNorms,
    valuesNormsVisibility: visibility("valuesNorms"),
    valueTags: [tags.value],
  });
  await saveMission(owner.id, {
    version: 1,
    statement: markers.statement,
    statementVisibility: visibility("statement"),
    drives: markers.drives,
    drivesVisibility: visibility("drives"),
    talents: markers.talents,
    talentsVisibility: visibility("talents"),
    contributeTo: markers.contributeTo,
    contributeToVisibility: visibility("contributeTo"),
  });
  const ownerMembership = await db.membership.findFirstOrThrow({ where: { partnershipId: partnership.id, userId: owner.id } });
  const users: Record<Exclude<Viewer, "signed out">, TestUser> = {
    owner,
    facilitator,
    "fellow member": member,
    "member of another partnership": outsider,
  };
  return {
    users,
    markers,
    tags,
    memberPage: `/partnerships/${partnership.id}/members/${ownerMembership.id}`,
    viewPage: `/partnerships/${partnership.id}`,
    // The owner's membership id asked for through a partnership the outsider does belong to.
    crossTenantPage: `/partnerships/${elsewhere.id}/members/${ownerMembership.id}`,
  };
}

/** The page as HTML and as the RSC payload the client router asks for. */
async function fetchBoth(page: Page, url: string) {
  const html = await page.request.get(url);
  const rsc = await page.request.get(url, { headers: { RSC: "1" } });
  return { html: { status: html.status(), url: html.url(), body: await html.text() }, rsc: { status: rsc.status(), body: await rsc.text(), type: rsc.headers()["content-type"] ?? "" } };
}

const VIEWERS: Viewer[] = ["owner", "facilitator", "fellow member", "member of another partnership", "signed out"];

test.describe("privacy of answers", () => {
  for (const viewer of VIEWERS) {
    test(`the ${viewer} receives exactly the answers they may read`, async ({ browser, baseURL }) => {
      const { users, markers, tags, memberPage, viewPage, crossTenantPage } = await scenario();
      const page = await viewerPage(browser, baseURL, viewer === "signed out" ? undefined : users[viewer]);
      const mayRead = (field: AnswerField) => MAY_READ[viewer].includes(VISIBILITY[field]);
      const fields = Object.keys(VISIBILITY) as AnswerField[];

      // The member detail page, in both forms the server sends it.
      const detail = await fetchBoth(page, memberPage);
      if (viewer === "signed out") expect(detail.html.url).toContain("/sign-in");
      if (viewer === "member of another partnership") expect(detail.html.status).toBe(404);
      if (MAY_READ[viewer].length > 0) {
        expect(detail.html.status).toBe(200);
        expect(detail.rsc.type).toContain("text/x-component");
        expect(detail.html.body).toContain("Olga Owner");
      }
      for (const [form, body] of [["HTML", detail.html.body], ["RSC payload", detail.rsc.body]] as const) {
        for (const field of fields) {
          expect.soft(body.includes(markers[field]), `${field} (${VISIBILITY[field]}) in the member page ${form} for the ${viewer}`).toBe(mayRead(field));
        }
        expect.soft(body.includes(tags.skill), `skill tag in the member page ${form}`).toBe(mayRead("knowledgeSkills"));
        expect.soft(body.includes(tags.value), `value tag in the member page ${form}`).toBe(mayRead("valuesNorms"));
      }

      // The collaboration view and its pages (whose data is cached per partnership and, for what
      // each viewer may see, per user and role): of the answers they show the statement, and on
      // the shared ground page the tags, each exactly when the viewer may read it.
      for (const suffix of ["", "/needs", "/map", "/shared-ground", "/handout"]) {
        const view = await fetchBoth(page, `${viewPage}${suffix}`);
        for (const [form, body] of [["HTML", view.html.body], ["RSC payload", view.rsc.body]] as const) {
          const where = `the view's page "${suffix || "/"}" ${form} for the ${viewer}`;
          for (const field of fields) {
            const shows = (suffix === "" || suffix === "/handout") && field === "statement";
            expect.soft(body.includes(markers[field]), `${field} (${VISIBILITY[field]}) in ${where}`).toBe(shows && mayRead(field));
          }
          const showsTags = suffix === "/shared-ground" || suffix === "/handout";
          expect.soft(body.includes(tags.skill), `skill tag in ${where}`).toBe(showsTags && mayRead("knowledgeSkills"));
          expect.soft(body.includes(tags.value), `value tag in ${where}`).toBe(showsTags && mayRead("valuesNorms"));
        }
      }

      // My profile shows the viewer's own answers, and suggests tags from their partnerships.
      const profile = await fetchBoth(page, "/profile");
      const own = viewer === "owner";
      for (const [form, body] of [["HTML", profile.html.body], ["RSC payload", profile.rsc.body]] as const) {
        for (const field of fields) {
          expect.soft(body.includes(markers[field]), `${field} in My profile ${form} for the ${viewer}`).toBe(own);
        }
        expect.soft(body.includes(tags.skill), `skill tag in My profile ${form} for the ${viewer}`).toBe(mayRead("knowledgeSkills"));
        expect.soft(body.includes(tags.value), `value tag in My profile ${form} for the ${viewer}`).toBe(mayRead("valuesNorms"));
      }

      // Asking for the owner through another partnership finds nothing.
      if (viewer === "member of another partnership") {
        const crossed = await fetchBoth(page, crossTenantPage);
        expect(crossed.html.status).toBe(404);
        for (const field of fields) {
          expect.soft(crossed.html.body.includes(markers[field]) || crossed.rsc.body.includes(markers[field]), `${field} across partnerships`).toBe(false);
        }
      }
      await page.context().close();
    });
  }

  test("visibility chosen in My profile decides what a facilitator and a fellow member see", async ({ page, browser, baseURL }) => {
    const [owner, facilitator, member] = await Promise.all([makeUser({ name: "Olga Owner" }), makeUser(), makeUser()]);
    const partnership = await makePartnership({ facilitator, members: [{ user: owner }, { user: member }] });
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { partnershipId: partnership.id, userId: owner.id } });
    const memberPage = `/partnerships/${partnership.id}/members/${ownerMembership.id}`;
    const fear = `Afraid of silence ${randomUUID()}`;
    const values = `Reciprocity ${randomUUID()}`;

    await signIn(page, owner);
    await page.goto("/profile");
    await page.getByLabel("Fears and inhibitions", { exact: true }).fill(fear);
    await page.getByLabel("Values and norms", { exact: true }).fill(values);
    await page.getByLabel("Fears and inhibitions visibility").selectOption({ label: "Facilitators" });
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();

    const asFacilitator = await viewerPage(browser, baseURL, facilitator);
    const asMember = await viewerPage(browser, baseURL, member);
    await asFacilitator.goto(memberPage);
    await expect(asFacilitator.getByRole("heading", { level: 1, name: "Olga Owner" })).toBeVisible();
    await expect(asFacilitator.getByText(fear)).toBeVisible();
    await expect(asFacilitator.getByText(values)).toBeVisible();
    await asMember.goto(memberPage);
    await expect(asMember.getByText(values)).toBeVisible();
    await expect(asMember.getByText(fear)).toHaveCount(0);
    // Fears (for facilitators) and irritations (only me by default), whether written or not.
    await expect(asMember.getByText("2 answers are not shared with you.")).toBeVisible();

    await page.getByLabel("Fears and inhibitions visibility").selectOption({ label: "All partners" });
    await page.getByLabel("Values and norms visibility").selectOption({ label: "Only me" });
    // "Saved" is still shown from the first save: wait for this save to bump the profile's version.
    const version = page.locator("section#profile input[name=version]");
    const before = await version.inputValue();
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(version).not.toHaveValue(before);

    await asMember.reload();
    await expect(asMember.getByText(fear)).toBeVisible();
    await expect(asMember.getByText(values)).toHaveCount(0);
    await asFacilitator.reload();
    await expect(asFacilitator.getByText(values)).toHaveCount(0);
    await expect(asFacilitator.getByText(fear)).toBeVisible();
  });
});
