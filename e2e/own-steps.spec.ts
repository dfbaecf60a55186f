import type { Page } from "@playwright/test";
import { makePartnership, makeUser } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { markPage, openAs, wasNotReloaded } from "./people";

/** Members' screens follow within this long of the facilitator's own screen showing a change. */
const FOLLOW_MS = 2_000;
const WHEN = `${new Date().getFullYear() + 1}-04-14T10:00`;
const TRUST_QUESTIONS = ["How much do we trust each other, from 1 to 5?", "What would raise it by one?"];

function card(page: Page, title: string | RegExp) {
  return page.getByRole("article").filter({ has: page.getByRole("heading", { name: title }) });
}

test.describe("own steps and questions", () => {
  test("a facilitator writes own steps and questions, plans a session with them, and members follow it", async ({ page, browser }) => {
    test.slow();
    const facilitator = await makeUser({ name: "Anneke Visser" });
    const bram = await makeUser({ name: "Bram Jansen" });
    const fatima = await makeUser({ name: "Fatima El Amrani" });
    const partnership = await makePartnership({ facilitator, members: [{ user: bram }, { user: fatima }] });
    const base = `/partnerships/${partnership.id}`;
    page.on("dialog", (dialog) => void dialog.accept());

    await signIn(page, facilitator);
    await page.goto(`${base}/sessions`);
    await page.getByRole("link", { name: "Steps and questions" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Steps and questions" })).toBeVisible();

    // The questions of a default step, in the facilitator's own words.
    const whoAmI = card(page, "1. Who am I");
    await expect(whoAmI.getByRole("listitem").first()).toHaveText("What are your origin and background?");
    await whoAmI.getByText("Edit questions for “Who am I”").click();
    await expect(whoAmI.getByRole("textbox", { name: "Questions for “Who am I”" })).toHaveValue(/What are your origin and background\?/);
    await whoAmI.getByRole("textbox", { name: "Questions for “Who am I”" }).fill("Where did you grow up?\n\n  What do you bring to this table?  ");
    await whoAmI.getByRole("button", { name: "Save questions for “Who am I”" }).click();
    await expect(whoAmI.getByRole("status")).toHaveText("Questions saved.");
    await expect(whoAmI).toContainText("Questions of this partnership");
    await expect(whoAmI.getByRole("listitem")).toHaveText(["Where did you grow up?", "What do you bring to this table?"]);
    await page.reload();
    await card(page, "1. Who am I").getByText("Edit questions for “Who am I”").click();
    await expect(card(page, "1. Who am I").getByRole("textbox", { name: "Questions for “Who am I”" })).toHaveValue("Where did you grow up?\nWhat do you bring to this table?");

    // Bad input to a new step: a message next to each field, and what was typed stays.
    const add = page.getByRole("region", { name: "Add a step" });
    await add.getByLabel("Questions").fill(TRUST_QUESTIONS.join("\n"));
    await add.getByLabel("Suggested minutes").fill("999");
    await add.getByRole("button", { name: "Add step" }).click();
    await expect(add.getByLabel("Step title")).toHaveAccessibleDescription(/Please fill this in/);
    await expect(add.getByLabel("Suggested minutes")).toHaveAccessibleDescription(/Choose 240 or less/);
    await expect(add.getByLabel("Questions")).toHaveValue(TRUST_QUESTIONS.join("\n"));

    await add.getByLabel("Step title").fill("Trust check");
    await add.getByLabel("Suggested minutes").fill("12");
    await add.getByRole("button", { name: "Add step" }).click();
    await expect(add.getByRole("status")).toHaveText("Step added.");
    const own = page.getByRole("region", { name: "Our own steps" });
    const trust = card(page, "Trust check");
    await expect(own.getByRole("heading", { name: "Trust check" })).toBeVisible();
    await expect(trust.getByRole("listitem")).toHaveText(TRUST_QUESTIONS);
    await expect(trust).toContainText("12 minutes");

    // A ready-made step becomes one of the partnership's own, which can then be edited.
    await page.getByRole("button", { name: "Add this step “Working agreements”" }).click();
    const agreements = own.getByRole("article").filter({ has: page.getByRole("heading", { name: "Working agreements" }) });
    await expect(agreements).toContainText("How do we make decisions, and who decides what?");
    await agreements.getByText("Edit “Working agreements”").click();
    await agreements.getByLabel("Step title").fill("Our working agreements");
    await agreements.getByRole("button", { name: "Save step" }).click();
    await expect(own.getByRole("heading", { name: "Our working agreements" })).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: test.info().outputPath("steps-desktop.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling at 390 px").toBe(true);
    await page.screenshot({ path: test.info().outputPath("steps-390.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Members read the steps and questions, and change nothing.
    const bramPage = await openAs(browser, bram);
    const fatimaPage = await openAs(browser, fatima);
    await bramPage.goto(`${base}/steps`);
    await expect(card(bramPage, "Trust check").getByRole("listitem")).toHaveText(TRUST_QUESTIONS);
    await expect(card(bramPage, "1. Who am I").getByRole("listitem")).toHaveText(["Where did you grow up?", "What do you bring to this table?"]);
    for (const name of [/Add step/, /Save questions/, /Remove step/, /Add this step/]) await expect(bramPage.getByRole("button", { name })).toHaveCount(0);
    await expect(bramPage.getByRole("textbox")).toHaveCount(0);

    // The plan: Who am I, then the own step.
    await page.goto(`${base}/sessions/new`);
    await page.getByRole("textbox", { name: "Title" }).fill("Trust session");
    await page.getByLabel("Date and time").fill(WHEN);
    for (const step of ["What do I want", "Our shared challenge", "My unique role", "Exploring each other", "Agreements"]) {
      await page.getByRole("checkbox", { name: new RegExp(step) }).uncheck();
    }
    await expect(page.getByRole("checkbox", { name: /Trust check/ })).not.toBeChecked();
    await page.getByRole("checkbox", { name: /Trust check/ }).check();
    await page.getByRole("button", { name: "Plan session" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/sessions$`));
    await expect(card(page, "Trust session").getByRole("listitem")).toHaveText(["Who am I", "Trust check"]);

    // Run: the partnership's questions; both members follow to the own step.
    await page.getByRole("button", { name: "Start session: Trust session" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/kickoff$`));
    await expect(page.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();
    await expect(page.getByText("Where did you grow up?")).toBeVisible();
    for (const member of [bramPage, fatimaPage]) {
      await member.goto(`${base}/kickoff`);
      await expect(member.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();
      await expect(member.getByText("What do you bring to this table?")).toBeVisible();
      await markPage(member);
    }
    await page.getByRole("button", { name: "Next step" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Trust check" })).toBeVisible();
    for (const member of [bramPage, fatimaPage]) {
      await expect(member.getByRole("heading", { level: 1, name: "Trust check" })).toBeVisible({ timeout: FOLLOW_MS });
      await expect(member.getByRole("region", { name: "Trust check" }).getByRole("listitem").filter({ hasText: /\?$/ })).toHaveText(TRUST_QUESTIONS);
      expect(await wasNotReloaded(member)).toBe(true);
    }
    await expect(page.getByRole("list", { name: "Session steps" })).toBeVisible();
    await fatimaPage.screenshot({ path: test.info().outputPath("running-own-step-desktop.png"), fullPage: true });
    await bramPage.setViewportSize({ width: 390, height: 844 });
    expect(await bramPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling at 390 px").toBe(true);
    await bramPage.screenshot({ path: test.info().outputPath("running-own-step-390.png"), fullPage: true });
    await bramPage.goto(`${base}/kickoff/present`);
    await expect(bramPage.getByRole("heading", { level: 1, name: "Trust check" })).toBeVisible();
    await expect(bramPage.getByText(TRUST_QUESTIONS[0]!)).toBeVisible();

    // Ended: named as a session, not as the kickoff, and kept on the Sessions page.
    await expect(page.getByRole("button", { name: "End kickoff" })).toHaveCount(0);
    await page.getByRole("button", { name: "End session" }).click();
    await expect(fatimaPage.getByRole("heading", { level: 1, name: "The session has ended" })).toBeVisible({ timeout: FOLLOW_MS });
    await fatimaPage.goto(`${base}/sessions`);
    const held = card(fatimaPage, "Trust session");
    await expect(held).toContainText("Session 1");
    await expect(held).toContainText(/Held on/);
    await expect(held.getByRole("list").first().getByRole("listitem")).toHaveText(["Who am I", "Trust check"]);
    await expect(held.getByRole("listitem").filter({ hasText: /^(Anneke Visser|Bram Jansen|Fatima El Amrani)$/ })).toHaveCount(3);
    for (const other of [bramPage, fatimaPage]) await other.context().close();
  });

  test("a facilitator brings back the default questions, and removes an own step", async ({ page }) => {
    const facilitator = await makeUser();
    const partnership = await makePartnership({ facilitator });
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${partnership.id}/steps`);
    const agreements = card(page, "6. Agreements");
    await agreements.getByText("Edit questions for “Agreements”").click();
    await expect(agreements.getByRole("button", { name: /Reset/ })).toHaveCount(0);
    await agreements.getByRole("textbox", { name: "Questions for “Agreements”" }).fill("What do we promise each other?");
    await agreements.getByRole("button", { name: "Save questions for “Agreements”" }).click();
    await expect(agreements).toContainText("Questions of this partnership");
    await agreements.getByRole("button", { name: "Reset “Agreements” to the default questions" }).click();
    await expect(agreements.getByRole("status")).toHaveText("The default questions are back.");
    await expect(agreements).toContainText("Default questions");
    await expect(agreements.getByRole("textbox", { name: "Questions for “Agreements”" })).toHaveValue(/What do we agree on, so that everyone can play their unique role\?/);

    await page.getByRole("button", { name: "Add this step “Risks and concerns”" }).click();
    const own = page.getByRole("region", { name: "Our own steps" });
    await expect(own.getByRole("heading", { name: "Risks and concerns" })).toBeVisible();
    await own.getByRole("button", { name: "Remove step “Risks and concerns”" }).click();
    await own.getByRole("button", { name: "Yes, remove" }).click();
    await expect(own.getByText("No steps of your own yet.")).toBeVisible();
  });
});
