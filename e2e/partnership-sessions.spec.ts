import type { Page } from "@playwright/test";
import { makePartnership, makeUser, membershipId, setRole } from "@/lib/testing/factories";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { expect, signIn, test } from "./fixtures";
import { openAs } from "./people";

/** Members' screens follow within this long of the facilitator's own screen showing a change. */
const FOLLOW_MS = 2_000;

/** A date and time next year, as the datetime-local input takes it. */
const NEXT_YEAR = new Date().getFullYear() + 1;
const WHEN = `${NEXT_YEAR}-03-10T14:30`;

/** Presses Tab until `target` has the focus (a date input's parts take a Tab each). */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, most = 10) {
  for (let presses = 0; presses < most; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

function sessionCard(page: Page, title: string) {
  return page.getByRole("article").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

test.describe("sessions", () => {
  test("a facilitator plans a session, runs it with two members following, and it is kept with its agreements and counts", async ({ page, browser }) => {
    test.slow();
    const facilitator = await makeUser({ name: "Anneke Visser" });
    const bram = await makeUser({ name: "Bram Jansen" });
    const fatima = await makeUser({ name: "Fatima El Amrani" });
    const partnership = await makePartnership({ facilitator, needs: ["Funding", "Land for water"], members: [{ user: bram }, { user: fatima }] });
    await setRole(await membershipId(bram.id, partnership.id), { alignment: 4, needIds: [partnership.needs[0]!.id] });
    const base = `/partnerships/${partnership.id}`;
    page.on("dialog", (dialog) => void dialog.accept());

    await signIn(page, facilitator);
    await page.goto(base);
    await page.getByRole("link", { name: "Sessions", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
    await expect(page.getByText("No sessions are planned yet.")).toBeVisible();
    await page.getByRole("link", { name: "Plan a session" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Plan a session" })).toBeVisible();

    // Bad input: a message next to each field, and what was typed stays.
    await page.getByLabel("Date and time").fill("2020-01-01T10:00");
    for (const step of ["Who am I", "What do I want", "Our shared challenge", "My unique role", "Exploring each other", "Agreements"]) {
      await page.getByRole("checkbox", { name: new RegExp(step) }).uncheck();
    }
    await page.getByRole("button", { name: "Plan session" }).click();
    await expect(page.locator("#title-error")).toHaveText(/Please fill this in/);
    await expect(page.locator("#scheduledAt-error")).toHaveText(/Choose a date and time that lie ahead/);
    await expect(page.locator("#plan-steps-error")).toHaveText(/Choose at least one step/);
    await expect(page.getByLabel("Date and time")).toHaveValue("2020-01-01T10:00");
    await expect(page.getByRole("textbox", { name: "Title" })).toBeFocused();

    await page.getByRole("textbox", { name: "Title" }).fill("Check-in after three months");
    await page.getByLabel("Date and time").fill(WHEN);
    await page.getByRole("checkbox", { name: /Our shared challenge/ }).check();
    await page.getByRole("checkbox", { name: /Agreements/ }).check();
    await page.getByRole("button", { name: "Plan session" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/sessions$`));
    const planned = sessionCard(page, "Check-in after three months");
    await expect(planned).toContainText(String(NEXT_YEAR));
    await expect(planned).toContainText(/14:30|2:30\s?PM/i);
    await expect(planned.getByRole("listitem")).toHaveText(["Our shared challenge", "Agreements"]);

    // Members see the plan, and cannot start it or plan one.
    const bramPage = await openAs(browser, bram);
    const fatimaPage = await openAs(browser, fatima);
    await bramPage.goto(`${base}/sessions`);
    await expect(sessionCard(bramPage, "Check-in after three months")).toBeVisible();
    await expect(bramPage.getByRole("button", { name: /Start session/ })).toHaveCount(0);
    await expect(bramPage.getByRole("link", { name: "Plan a session" })).toHaveCount(0);

    // Started, it runs live with its own steps; both members follow.
    await page.getByRole("button", { name: "Start session: Check-in after three months" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/kickoff$`));
    await expect(page.getByRole("heading", { level: 1, name: "Our shared challenge" })).toBeVisible();
    for (const member of [bramPage, fatimaPage]) {
      await member.goto(`${base}/kickoff`);
      await expect(member.getByRole("heading", { level: 1, name: "Our shared challenge" })).toBeVisible();
    }
    await page.getByRole("button", { name: "Next step" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
    for (const member of [bramPage, fatimaPage]) {
      await expect(member.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible({ timeout: FOLLOW_MS });
    }
    await page.getByLabel("New agreement").fill("We check in every quarter");
    await page.getByRole("button", { name: "Add agreement" }).click();
    await expect(fatimaPage.getByText("We check in every quarter")).toBeVisible({ timeout: FOLLOW_MS });
    // A session that is not the kickoff is named a session.
    await expect(page.getByRole("button", { name: "End kickoff" })).toHaveCount(0);
    await page.getByRole("button", { name: "End session" }).click();
    await expect(fatimaPage.getByRole("heading", { level: 1, name: "The session has ended" })).toBeVisible({ timeout: FOLLOW_MS });

    // Kept: who took part, its agreements, and counts at its end.
    await fatimaPage.goto(`${base}/sessions`);
    await expect(fatimaPage.getByText("No sessions are planned yet.")).toBeVisible();
    const held = sessionCard(fatimaPage, "Check-in after three months");
    await expect(held).toContainText("Session 1");
    await expect(held.getByRole("listitem").filter({ hasText: /^(Anneke Visser|Bram Jansen|Fatima El Amrani)$/ })).toHaveCount(3);
    await expect(held).toContainText("We check in every quarter");
    await expect(held).toContainText("Members: 3");
    await expect(held).toContainText("Needs someone contributes to: 1 of 2");
    await expect(held).toContainText("Average alignment: 4 of 5");
    await fatimaPage.screenshot({ path: test.info().outputPath("sessions-held.png"), fullPage: true });
    for (const other of [bramPage, fatimaPage]) await other.context().close();
  });

  test("the sessions page, the plan form and its messages fit a phone and a desktop", async ({ page }) => {
    const facilitator = await makeUser({ name: "Anneke Visser" });
    const partnership = await makePartnership({ facilitator, name: "Klimaatpact Rivierenland" });
    await planSession(facilitator.id, partnership.id, {
      title: "Check-in after three months, with the partners of the whole river region",
      scheduledAt: new Date(Date.now() + 30 * 86_400_000),
      steps: ["SHARED_CHALLENGE", "UNIQUE_ROLE", "AGREEMENTS"],
    });
    await signIn(page, facilitator);
    for (const [name, size] of [
      ["desktop", { width: 1280, height: 900 }],
      ["mobile", { width: 360, height: 780 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`/partnerships/${partnership.id}/sessions`);
      await expect(page.getByRole("heading", { level: 1, name: "Sessions" })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name}: no sideways scrolling`).toBe(true);
      await page.screenshot({ path: test.info().outputPath(`sessions-${name}.png`), fullPage: true });
      await page.goto(`/partnerships/${partnership.id}/sessions/new`);
      await page.getByRole("button", { name: "Plan session" }).click();
      await expect(page.locator("#title-error")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name}: no sideways scrolling`).toBe(true);
      await page.screenshot({ path: test.info().outputPath(`plan-${name}.png`), fullPage: true });
    }
  });

  test("a keyboard alone plans a session", async ({ page }) => {
    const facilitator = await makeUser();
    const partnership = await makePartnership({ facilitator });
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${partnership.id}/sessions/new`);
    await page.getByRole("textbox", { name: "Title" }).focus();
    await page.keyboard.type("Keyboard session");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Date and time")).toBeFocused();
    await page.getByLabel("Date and time").fill(WHEN);
    await tabTo(page, page.getByRole("checkbox", { name: /Who am I/ }));
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: /Who am I/ })).not.toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Plan session" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnership.id}/sessions$`));
    await expect(sessionCard(page, "Keyboard session").getByRole("listitem")).toHaveCount(5);
    await tabTo(page, page.getByRole("button", { name: "Remove from plan: Keyboard session" }), 40);
    await page.keyboard.press("Enter");
    // It asks first, with the focus on the answer; Escape keeps the plan.
    await expect(page.getByRole("button", { name: "Yes, remove" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Remove from plan: Keyboard session" })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect(page.getByText("No sessions are planned yet.")).toBeVisible();
  });
});
