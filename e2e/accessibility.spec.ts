import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { addOwnStep } from "@/lib/own-steps/add-own-step";
import { setDefaultStepQuestions } from "@/lib/own-steps/set-default-step-questions";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { makePartnership, makeUser, membershipId, setAnswers, setRole } from "@/lib/testing/factories";
import { addNote } from "@/lib/testing/role-factories";
import { expect, signIn, test } from "./fixtures";
import { viewerPage } from "./viewers";

/*
 * axe-core on every page of the main journeys, with WCAG 2.1 A and AA rules: no serious or
 * critical violation may remain. Pages are checked filled with data (a partnership with needs,
 * members, answers, notes), in the states people meet them in (a running kickoff, a form showing
 * its errors, each state of an invite link).
 */

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const count = (impact: string) => violations.filter((violation) => violation.impact === impact).length;
  test.info().annotations.push({
    type: "axe",
    description: `${name}: ${violations.length ? violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(", ") : "no violations"}`,
  });
  const blocking = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(" | ")}`);
  expect(blocking, `${name}: ${count("critical")} critical, ${count("serious")} serious`).toEqual([]);
}

async function partnershipWithPeople() {
  const member = await makeUser({ name: "Bram Jansen" });
  const other = await makeUser({ name: "Fatima El Amrani" });
  const partnership = await makePartnership({
    name: "Klimaatpact Rivierenland",
    needs: ["Shared data on flood risk", "Residents who take part", "Funding for pilots"],
    members: [
      { user: member, organisation: "Waterschap Rivierenland" },
      { user: other, organisation: "Woonstichting De Linge" },
    ],
  });
  const { facilitator, id, needs } = partnership;
  await setAnswers(
    facilitator.id,
    { origin: "Grew up near the river.", statement: "A region that lives with water.", valuesNorms: "Trust" },
    { origin: "PARTNERS", statement: "PARTNERS" },
    { skillTags: ["facilitation", "hydrology"], valueTags: ["trust"] },
  );
  await setAnswers(member.id, { statement: "Dry feet for everyone.", drives: "My children" }, {}, { skillTags: ["hydrology"], valueTags: ["trust"] });
  await setRole(await membershipId(member.id, id), { uniqueRole: "Connects engineers and residents", missionRelation: "Close", alignment: 4, needIds: [needs[0]!.id] });
  await setRole(await membershipId(facilitator.id, id), { uniqueRole: "Keeps us together", alignment: 5, needIds: [needs[0]!.id, needs[1]!.id] });
  await addNote(id, facilitator.id, member.id, "Thank you for the river data.");
  await addNote(id, member.id, facilitator.id, "How do we reach the farmers?", "QUESTION");
  await createInvitation(facilitator.id, id, { expiresInDays: 14, maxUses: 5 });
  return { ...partnership, member, other };
}

test.describe("accessibility (axe, WCAG 2.1 AA)", () => {
  test("pages a visitor sees", async ({ page }) => {
    await page.goto("/");
    await expectAccessible(page, "landing");
    await page.goto("/sign-in");
    await expectAccessible(page, "sign in");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Please fill this in.").first()).toBeVisible();
    await expectAccessible(page, "sign in, with errors");
    await page.goto("/sign-up");
    await expectAccessible(page, "sign up");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Please fill this in.").first()).toBeVisible();
    await expectAccessible(page, "sign up, with errors");
    await page.goto("/partnerships/nope/not-a-page");
    await expectAccessible(page, "not found");
  });

  test("pages of a partnership, as its facilitator", async ({ page }) => {
    const { id, facilitator, member } = await partnershipWithPeople();
    await signIn(page, facilitator);
    await expectAccessible(page, "home");
    await page.goto("/partnerships/new");
    await expectAccessible(page, "new partnership");
    await page.getByRole("button", { name: "Create partnership" }).click();
    await expect(page.getByText("Please fill this in.").first()).toBeVisible();
    await expectAccessible(page, "new partnership, with errors");
    await page.goto(`/partnerships/${id}`);
    await expectAccessible(page, "collaboration view");
    await page.goto(`/partnerships/${id}/edit`);
    await expectAccessible(page, "edit partnership");
    await page.getByRole("button", { name: "Create invite link" }).click();
    await expect(page.getByRole("textbox", { name: "Invite link" })).toBeVisible();
    await expectAccessible(page, "edit partnership, invite link shown");
    await page.goto(`/partnerships/${id}/members`);
    await expectAccessible(page, "members");
    await page.goto(`/partnerships/${id}/members/${await membershipId(member.id, id)}`);
    await expectAccessible(page, "member detail");
    await page.goto(`/partnerships/${id}/role`);
    await expectAccessible(page, "my role here");
    await page.goto("/profile");
    await expectAccessible(page, "profile");
    await page.goto(`/partnerships/${id}/kickoff`);
    await expectAccessible(page, "kickoff, not running");
    await page.goto(`/partnerships/${id}/report`);
    await expectAccessible(page, "report");

    await startKickoff(facilitator.id, id);
    await page.goto(`/partnerships/${id}/kickoff`);
    await expect(page.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();
    await expectAccessible(page, "kickoff, running");
    await page.goto(`/partnerships/${id}/kickoff/present`);
    await expect(page.getByRole("heading", { name: "Who am I" })).toBeVisible();
    await expectAccessible(page, "present mode");
  });

  test("sessions pages, as facilitator and as member", async ({ page, browser }) => {
    test.slow();
    const { id, facilitator, member } = await partnershipWithPeople();
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/sessions/new`);
    await expectAccessible(page, "plan a session");
    await page.getByRole("button", { name: "Plan session" }).click();
    await expect(page.locator("#title-error")).toBeVisible();
    await expectAccessible(page, "plan a session, with errors");
    await planSession(facilitator.id, id, { title: "Check-in", scheduledAt: new Date(Date.now() + 86_400_000), steps: ["WHO_AM_I"] });
    await page.goto(`/partnerships/${id}/sessions`);
    await expectAccessible(page, "sessions, one planned");
    await page.getByRole("button", { name: "Remove from plan: Check-in" }).click();
    await expect(page.getByRole("button", { name: "Yes, remove" })).toBeFocused();
    await expectAccessible(page, "sessions, removing a plan asks first");
    await page.keyboard.press("Escape");
    await startKickoff(facilitator.id, id);
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await signIn(memberPage, member);
    await memberPage.goto(`/partnerships/${id}/sessions`);
    await expectAccessible(memberPage, "sessions (member, one running)");
    await memberPage.goto(`/partnerships/${id}/since-last-session`);
    await expectAccessible(memberPage, "since the last session, none ended");
    await endKickoff(facilitator.id, id);
    await setRole(await membershipId(member.id, id), { alignment: 2, needIds: [] });
    // A fresh tab: the open one follows the kickoff and reloads when it ends.
    const afterPage = await memberContext.newPage();
    await afterPage.goto(`/partnerships/${id}/since-last-session`);
    await expect(afterPage.getByRole("table", { name: "Needs whose coverage changed since the last session" })).toBeVisible();
    await expectAccessible(afterPage, "since the last session");
    await memberContext.close();
  });

  test("the account page with its calendar feed link", async ({ page }) => {
    const { facilitator } = await partnershipWithPeople();
    await signIn(page, facilitator);
    await page.goto("/account");
    await expectAccessible(page, "account");
    await page.getByRole("button", { name: "Create calendar link" }).click();
    await expect(page.getByRole("textbox", { name: "Calendar link" })).toBeVisible();
    await expectAccessible(page, "account, calendar link shown");
  });

  test("steps and questions, as facilitator and as member", async ({ page, browser }) => {
    const { id, facilitator, member } = await partnershipWithPeople();
    await addOwnStep(facilitator.id, id, { title: "Retrospective", questions: ["What went well?", "What would we do differently?"], durationMinutes: 20 });
    await setDefaultStepQuestions(facilitator.id, id, "WHO_AM_I", ["Where do you come from?"]);
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/steps`);
    await expectAccessible(page, "steps and questions");
    const addForm = page.getByRole("region", { name: "Add a step" });
    await addForm.getByLabel("Suggested minutes").fill("0");
    await addForm.getByRole("button", { name: "Add step" }).click();
    await expect(addForm.getByText("Please fill this in.")).toBeVisible();
    await expectAccessible(page, "steps and questions, with errors");
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await signIn(memberPage, member);
    await memberPage.goto(`/partnerships/${id}/steps`);
    await expectAccessible(memberPage, "steps and questions (member)");
    await memberContext.close();
  });

  test("the collaboration view's pages of their own: matrix, map, shared ground, handout", async ({ page }) => {
    const { id, facilitator } = await partnershipWithPeople();
    await signIn(page, facilitator);
    for (const [suffix, name] of [["/needs", "needs and contributions"], ["/map", "map"], ["/shared-ground", "shared ground"], ["/handout", "handout"]] as const) {
      await page.goto(`/partnerships/${id}${suffix}`);
      await expectAccessible(page, name);
    }
  });

  test("pages of a partnership, as a member", async ({ page }) => {
    const { id, facilitator, member } = await partnershipWithPeople();
    await startKickoff(facilitator.id, id);
    await signIn(page, member);
    await page.goto(`/partnerships/${id}`);
    await expectAccessible(page, "collaboration view (member, kickoff running)");
    await page.goto(`/partnerships/${id}/edit`);
    await expectAccessible(page, "edit partnership (member: facilitators only)");
    await page.goto(`/partnerships/${id}/members/${await membershipId(facilitator.id, id)}`);
    await expectAccessible(page, "member detail (member)");
    await page.goto(`/partnerships/${id}/kickoff`);
    await expectAccessible(page, "kickoff (member)");
    await page.goto("/profile");
    await page.getByLabel("Life experience", { exact: true }).fill("x".repeat(5_001));
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.locator("#lifeExperience-error")).toBeVisible();
    await expectAccessible(page, "profile, with an error");
    // The member's answers were set twice (partnershipWithPeople, then here): earlier versions to list.
    await setAnswers(member.id, { lifeExperience: "An earlier text" });
    await setAnswers(member.id, { lifeExperience: "A later text" });
    await page.goto("/profile/history");
    await expectAccessible(page, "earlier versions of your answers");
  });

  test("the invite page in each of its states", async ({ page, browser, baseURL }) => {
    const { id, facilitator } = await partnershipWithPeople();
    const open = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    const revoked = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    await revokeInvitation(facilitator.id, id, revoked.invitation.id);
    const expired = await createInvitation(facilitator.id, id, { expiresInDays: 1 });
    await db.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const usedUp = await createInvitation(facilitator.id, id, { expiresInDays: 14, maxUses: 1 });
    await db.invitation.update({ where: { id: usedUp.invitation.id }, data: { useCount: 1 } });

    await page.goto(`/invite/${open.token}`);
    await expectAccessible(page, "invite, signed out");
    for (const [state, token] of [
      ["revoked", revoked.token],
      ["expired", expired.token],
      ["used up", usedUp.token],
      ["unknown", "a".repeat(43)],
    ] as const) {
      await page.goto(`/invite/${token}`);
      await expectAccessible(page, `invite, ${state}`);
    }
    const visitor = await viewerPage(browser, baseURL, await makeUser());
    await visitor.goto(`/invite/${open.token}`);
    await expect(visitor.getByRole("button", { name: "Join partnership" })).toBeVisible();
    await expectAccessible(visitor, "invite, signed in");
    await visitor.context().close();
  });
});
