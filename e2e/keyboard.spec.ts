import type { Locator, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makePartnership, makeUser, membershipId, uniqueEmail } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";

/*
 * The main forms, used with the keyboard alone: Tab and Shift+Tab to move, typing, Space and
 * arrows for choices, Enter to submit. Every element the focus passes on its way must show that
 * it has the focus (an outline, or a ring around a field).
 */

type Focus = { description: string; visible: boolean; indicated: boolean };

/** What has the focus now, whether it is on screen, and whether it shows it has the focus. */
async function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { description: "body", visible: true, indicated: true };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
    // A focus ring is a box-shadow with a spread and no offset or blur ("… 0px 0px 0px 2px").
    const ring = /0px 0px 0px [1-9]/.test(style.boxShadow);
    const box = element.getBoundingClientRect();
    const label = element.getAttribute("aria-label") ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? "";
    return {
      description: `${element.tagName.toLowerCase()} "${label.trim().slice(0, 60)}"`,
      visible: box.width > 0 && box.height > 0,
      indicated: outline || ring,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking each stop on the way. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 120 } = {}) {
  for (let step = 0; step < max; step++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    expect(now.visible, `${now.description} has the focus but cannot be seen`).toBe(true);
    expect(now.indicated, `${now.description} does not show that it has the focus`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} was not reached with ${backwards ? "Shift+Tab" : "Tab"}`);
}

test.describe("keyboard only", () => {
  test("sign up", async ({ page }) => {
    const email = uniqueEmail("keys");
    await page.goto("/sign-up");
    await tabTo(page, page.getByLabel("Name"));
    await page.keyboard.type("Keyboard Person");
    await tabTo(page, page.getByLabel("Email"));
    await page.keyboard.type(email);
    await tabTo(page, page.getByLabel("Password"));
    await page.keyboard.type("a long enough password");
    // Back to fix the name, then on to the button.
    await tabTo(page, page.getByLabel("Name"), { backwards: true });
    await page.keyboard.press("End");
    await page.keyboard.type(" Jr");
    await tabTo(page, page.getByRole("button", { name: "Create account" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "My partnerships" })).toBeVisible();
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Keyboard Person Jr");
  });

  test("a new partnership, and a need added to it", async ({ page, user }) => {
    await signIn(page, user);
    await page.goto("/");
    await tabTo(page, page.getByRole("link", { name: "New partnership" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "New partnership" })).toBeVisible();
    await tabTo(page, page.getByLabel("Name"));
    await page.keyboard.type("Keyboard region");
    await tabTo(page, page.getByLabel("Common goal"));
    await page.keyboard.type("A region reached by keys");
    await tabTo(page, page.getByLabel("Desired impact"));
    await page.keyboard.type("Nobody needs a mouse");
    await tabTo(page, page.getByRole("button", { name: "Create partnership" }));
    await page.keyboard.press("Space");
    await expect(page.getByRole("heading", { level: 1, name: "Keyboard region" })).toBeVisible();

    await tabTo(page, page.getByRole("link", { name: "Edit partnership" }));
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Need")).toBeVisible();
    await tabTo(page, page.getByLabel("Need"));
    await page.keyboard.type("Volunteers");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Added “Volunteers”")).toBeVisible();
    await tabTo(page, page.getByLabel("Need"), { backwards: true });
    await page.keyboard.type("Funding");
    await tabTo(page, page.getByRole("button", { name: "Add need" }));
    await page.keyboard.press("Space");
    await expect(page.getByText("Added “Funding”")).toBeVisible();
  });

  test("my profile: an answer, its visibility, saved", async ({ page, user }) => {
    await signIn(page, user);
    await page.goto("/profile");
    await tabTo(page, page.getByLabel("Origin and background", { exact: true }));
    await page.keyboard.type("Typed without a mouse.");
    await tabTo(page, page.getByLabel("Personality visibility"));
    // A closed select takes arrow keys: Partners → Facilitators.
    await page.keyboard.press("ArrowUp");
    await expect(page.getByLabel("Personality visibility")).toHaveValue("FACILITATORS");
    await tabTo(page, page.getByRole("button", { name: "Save profile" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    const profile = await db.profile.findUniqueOrThrow({ where: { userId: user.id } });
    expect([profile.origin, profile.personalityVisibility]).toEqual(["Typed without a mouse.", "FACILITATORS"]);
  });

  test("collaboration view: search members, then page through them", async ({ page }) => {
    const viewer = await makeUser({ name: "Kim Keyboard" });
    const others = await Promise.all(Array.from({ length: 25 }, (_, i) => makeUser({ name: `Partner ${String(i + 1).padStart(2, "0")}` })));
    const { id } = await makePartnership({ members: [{ user: viewer, organisation: "Keyboard Guild" }, ...others.map((user) => ({ user }))] });
    await signIn(page, viewer);
    await page.goto(`/partnerships/${id}`);
    const search = page.getByRole("searchbox", { name: "Search members" });
    await tabTo(page, search);
    await page.keyboard.type("guild");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Showing 1–1 of 1 member (filtered from 27)")).toBeVisible();
    await tabTo(page, page.getByRole("link", { name: "Clear filters" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Showing 1–24 of 27 members")).toBeVisible();
    await tabTo(page, page.getByRole("navigation", { name: "Pages of members" }).getByRole("link", { name: "Next" }), { max: 200 });
    await page.keyboard.press("Enter");
    await expect(page.getByText("Showing 25–27 of 27 members")).toBeVisible();
  });

  test("my role here: role, alignment, the needs I contribute to", async ({ page }) => {
    const member = await makeUser();
    const { id, needs } = await makePartnership({ needs: ["Data", "Volunteers"], members: [{ user: member }] });
    await signIn(page, member);
    await page.goto(`/partnerships/${id}`);
    await tabTo(page, page.getByRole("link", { name: "My role here" }));
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("My unique role")).toBeVisible();
    await tabTo(page, page.getByLabel("My unique role"));
    await page.keyboard.type("I connect people.");
    await tabTo(page, page.getByLabel("How my mission relates to our goal"));
    await page.keyboard.type("Closely.");
    await tabTo(page, page.getByLabel("Alignment"));
    for (let step = 0; step < 4; step++) await page.keyboard.press("ArrowDown");
    await tabTo(page, page.getByRole("checkbox", { name: "I contribute to: Volunteers" }));
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: "I contribute to: Volunteers" })).toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Save role" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();

    const saved = await db.membership.findUniqueOrThrow({ where: { id: await membershipId(member.id, id) }, include: { contributions: true } });
    expect(saved.uniqueRole).toBe("I connect people.");
    expect(saved.alignment).toBe(4);
    expect(saved.contributions.map((contribution) => contribution.needId)).toEqual([needs[1]!.id]);
  });
});
