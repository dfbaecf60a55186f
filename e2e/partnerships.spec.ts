import { db } from "@/lib/db";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { changeMemberRole } from "@/lib/memberships/change-member-role";
import { removeMember } from "@/lib/memberships/remove-member";
import { makePartnership, makeUser, uniqueEmail } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { newVisitor } from "./visitor";

const LONG = "x".repeat(10_000);

test.describe("partnerships", () => {
  test("create a partnership, add needs, invite a partner who signs up through the link, promote and remove them", async ({
    signedInPage: page,
    browser,
    baseURL,
  }) => {
    const name = `River region ${Date.now()}`;
    await page.goto("/");
    await page.getByRole("link", { name: "New partnership" }).click();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Common goal").fill("A climate-adaptive river region by 2035");
    await page.getByLabel("Desired impact").fill("Fewer flooded homes, greener towns");
    await page.getByLabel("Description").fill("Water boards, towns and farmers together.");
    await page.getByRole("button", { name: "Create partnership" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(/\/partnerships\/(?!new)[^/]+$/);
    const partnershipUrl = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Edit partnership" }).click();
    for (const need of ["Data on river levels", "Volunteers", "Funding for pilots"]) {
      await page.getByLabel("Need").fill(need);
      await page.getByRole("button", { name: "Add need" }).click();
      await expect(page.getByText(`Added “${need}”`)).toBeVisible();
    }
    await expect(page.getByLabel("Need")).toHaveValue("");
    const needs = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Remove need/ }) });
    await expect(needs).toHaveText([/Data on river levels/, /Volunteers/, /Funding for pilots/]);

    await page.getByRole("button", { name: "Move “Funding for pilots” up" }).click();
    await expect(needs).toHaveText([/Data on river levels/, /Funding for pilots/, /Volunteers/]);
    await page.getByRole("button", { name: "Move “Data on river levels” down" }).click();
    await expect(needs).toHaveText([/Funding for pilots/, /Data on river levels/, /Volunteers/]);
    await expect(page.getByRole("button", { name: "Move “Funding for pilots” up" })).toBeDisabled();

    await page.getByRole("button", { name: "Remove need “Volunteers”" }).click();
    await expect(page.getByText("Remove “Volunteers”?")).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(needs).toHaveCount(3);
    await page.getByRole("button", { name: "Remove need “Volunteers”" }).click();
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect(needs).toHaveText([/Funding for pilots/, /Data on river levels/]);

    await page.getByRole("button", { name: "Create invite link" }).click();
    const shownUrl = page.getByText(/\/invite\//);
    await expect(shownUrl).toBeVisible();
    const inviteUrl = (await shownUrl.textContent())!.trim();
    expect(inviteUrl).toMatch(/^http:\/\/.+\/invite\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole("textbox", { name: "Invite link" })).toHaveValue(inviteUrl);
    await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
    await expect(page.getByText("this link is shown only once")).toBeVisible();
    await expect(page.getByText("Not used yet")).toBeVisible();

    // A partner from another organisation opens the link, signs up and lands in the partnership.
    const partner = await newVisitor(browser, baseURL);
    await partner.goto(inviteUrl);
    await expect(partner.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(partner.getByText("A climate-adaptive river region by 2035")).toBeVisible();
    await partner.getByRole("main").getByRole("link", { name: "Sign up" }).click();
    await partner.getByLabel("Name").fill("Fatima El Amrani");
    await partner.getByLabel("Email").fill(uniqueEmail("partner"));
    await partner.getByLabel("Password").fill("a long enough password");
    await partner.getByRole("button", { name: "Create account" }).click();
    await partner.getByLabel("Organisation").fill("Waterschap Rivierenland");
    await partner.getByRole("button", { name: "Join partnership" }).click();
    await expect(partner.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(partner).toHaveURL(new RegExp(`${partnershipUrl}$`));

    await page.reload();
    await expect(page.getByText("Used once")).toBeVisible();

    await page.getByRole("link", { name: "Members" }).click();
    const fatima = page.getByRole("listitem").filter({ hasText: "Fatima El Amrani" });
    await expect(fatima).toContainText("Waterschap Rivierenland");
    await expect(fatima).toContainText("Partner");
    await expect(fatima.getByRole("link", { name: "Fatima El Amrani" })).toHaveAttribute("href", new RegExp(`${partnershipUrl}/members/[^/]+$`));

    await fatima.getByRole("button", { name: "Make facilitator" }).click();
    await expect(fatima).toContainText("Facilitator");
    await partner.goto(partnershipUrl);
    await expect(partner.getByRole("link", { name: "Edit partnership" })).toBeVisible();

    await fatima.getByRole("button", { name: "Remove facilitator role" }).click();
    await expect(fatima.getByRole("button", { name: "Make facilitator" })).toBeVisible();

    await fatima.getByRole("button", { name: "Remove Fatima El Amrani from the partnership" }).click();
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Fatima El Amrani" })).toHaveCount(0);

    await partner.goto(partnershipUrl);
    await expect(partner.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await partner.context().close();
  });

  test("a save made over someone else's change is refused, shows both versions and keeps my text", async ({ browser, baseURL }) => {
    const { id, facilitator } = await makePartnership();
    const mine = await newVisitor(browser, baseURL);
    const theirs = await newVisitor(browser, baseURL);
    await signIn(mine, facilitator);
    await signIn(theirs, facilitator);
    await mine.goto(`/partnerships/${id}/edit`);
    await theirs.goto(`/partnerships/${id}/edit`);

    await theirs.getByLabel("Common goal").fill("Their version of the goal");
    await theirs.getByRole("button", { name: "Save changes" }).click();
    await expect(theirs.getByText("Saved", { exact: true })).toBeVisible();

    await mine.getByLabel("Common goal").fill("My version of the goal");
    await mine.getByRole("button", { name: "Save changes" }).click();
    await expect(mine.getByText("Someone else saved a change in the meantime")).toBeVisible();
    await expect(mine.getByText("Their version of the goal")).toBeVisible();
    await expect(mine.getByText("Saved by someone else (version 2)")).toBeVisible();
    await expect(mine.getByLabel("Common goal")).toHaveValue("My version of the goal");
    expect((await db.partnership.findUniqueOrThrow({ where: { id } })).commonGoal).toBe("Their version of the goal");

    // Having seen theirs, saving again is a deliberate choice.
    await mine.getByRole("button", { name: "Save changes" }).click();
    await expect(mine.getByText("Saved", { exact: true })).toBeVisible();
    await mine.reload();
    await expect(mine.getByLabel("Common goal")).toHaveValue("My version of the goal");
    await mine.context().close();
    await theirs.context().close();
  });

  test("two facilitators edit the common goal at once: the second is shown both versions and decides", async ({ browser, baseURL }) => {
    const second = await makeUser({ name: "Second Facilitator" });
    const { id, facilitator } = await makePartnership({ members: [{ user: second, role: "FACILITATOR" }] });
    const anna = await newVisitor(browser, baseURL);
    const bram = await newVisitor(browser, baseURL);
    await signIn(anna, facilitator);
    await signIn(bram, second);
    await anna.goto(`/partnerships/${id}/edit`);
    await bram.goto(`/partnerships/${id}/edit`);

    await anna.getByLabel("Common goal").fill("Anna's goal");
    await bram.getByLabel("Common goal").fill("Bram's goal");
    await Promise.all([anna.getByRole("button", { name: "Save changes" }).click(), bram.getByRole("button", { name: "Save changes" }).click()]);

    // Exactly one save wins; the other facilitator sees the winner's text beside their own.
    const saved = (page: typeof anna) => page.getByText("Saved", { exact: true });
    await expect(saved(anna).or(anna.getByText("Someone else saved a change in the meantime"))).toBeVisible();
    await expect(saved(bram).or(bram.getByText("Someone else saved a change in the meantime"))).toBeVisible();
    const annaWon = await saved(anna).isVisible();
    const [winner, loser, winning, losing] = annaWon ? [anna, bram, "Anna's goal", "Bram's goal"] : [bram, anna, "Bram's goal", "Anna's goal"];
    await expect(saved(winner)).toBeVisible();
    await expect(loser.getByText("Someone else saved a change in the meantime")).toBeVisible();
    await expect(loser.getByText("Saved by someone else (version 2)")).toBeVisible();
    await expect(loser.getByText(winning)).toBeVisible();
    await expect(loser.getByLabel("Common goal")).toHaveValue(losing);
    expect((await db.partnership.findUniqueOrThrow({ where: { id } })).commonGoal).toBe(winning);

    await loser.getByRole("button", { name: "Save changes" }).click();
    await expect(saved(loser)).toBeVisible();
    expect((await db.partnership.findUniqueOrThrow({ where: { id } })).commonGoal).toBe(losing);
    await anna.context().close();
    await bram.context().close();
  });

  test("saving twice in a row does not conflict with myself", async ({ page }) => {
    const { id, facilitator } = await makePartnership();
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/edit`);
    await page.getByLabel("Name").fill("First name");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.getByLabel("Name").fill("Second name");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: "Someone else saved a change" })).toHaveCount(0);
    await expect(page.getByText("Second name").first()).toBeVisible();
    expect((await db.partnership.findUniqueOrThrow({ where: { id } })).name).toBe("Second name");
  });

  test("bad input on the partnership forms gets a message next to the field and keeps what was typed", async ({ page }) => {
    const { id, facilitator } = await makePartnership();
    await signIn(page, facilitator);

    await page.goto("/partnerships/new");
    await page.getByLabel("Name").fill(LONG);
    await page.getByLabel("Desired impact").fill("Some impact");
    const created = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/partnerships/new"));
    await page.getByRole("button", { name: "Create partnership" }).click();
    expect((await created).status()).toBeLessThan(500);
    await expect(page.locator("#name-error")).toHaveText(/Keep this to 200 characters at most/);
    await expect(page.locator("#commonGoal-error")).toHaveText(/Please fill this in/);
    await expect(page.getByLabel("Name")).toHaveValue(LONG);
    await expect(page.getByLabel("Desired impact")).toHaveValue("Some impact");
    await expect(page).toHaveURL(/\/partnerships\/new$/);

    await page.goto(`/partnerships/${id}/edit`);
    await page.getByLabel("Name").fill("   ");
    await page.getByLabel("Common goal").fill(LONG);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator("#name-error")).toHaveText(/Please fill this in/);
    await expect(page.locator("#commonGoal-error")).toHaveText(/Keep this to 2,000 characters at most/);
    await expect(page.getByLabel("Common goal")).toHaveValue(LONG);
    await expect(page.getByLabel("Common goal")).toHaveAttribute("aria-invalid", "true");

    await page.getByRole("button", { name: "Add need" }).click();
    await expect(page.locator("#need-title-error")).toHaveText(/Please fill this in/);
    await page.getByLabel("Need").fill(LONG);
    await page.getByLabel("Details").fill("Kept details");
    await page.getByRole("button", { name: "Add need" }).click();
    await expect(page.locator("#need-title-error")).toHaveText(/Keep this to 200 characters at most/);
    await expect(page.getByLabel("Need")).toHaveValue(LONG);
    await expect(page.getByLabel("Details")).toHaveValue("Kept details");

    await page.getByLabel("Maximum uses").fill("0");
    await page.getByLabel("Valid for (days)").fill("1000");
    await page.getByRole("button", { name: "Create invite link" }).click();
    await expect(page.locator("#maxUses-error")).toHaveText(/Choose 1 or more/);
    await expect(page.locator("#expiresInDays-error")).toHaveText(/Choose 90 or less/);
    await expect(page.getByLabel("Valid for (days)")).toHaveValue("1000");
    await expect(page.getByText(/\/invite\//)).toHaveCount(0);
    expect(await db.invitation.count({ where: { partnershipId: id } })).toBe(0);

    await page.goto(`/partnerships/${id}/members`);
    await page.getByLabel("My organisation here").fill(LONG);
    await page.getByRole("button", { name: "Save organisation" }).click();
    await expect(page.locator("#organisation-error")).toHaveText(/Keep this to 160 characters at most/);
    await expect(page.getByLabel("My organisation here")).toHaveValue(LONG);
  });
});

test("needs are reordered and removed with the keyboard alone", async ({ page }) => {
  const { id, facilitator } = await makePartnership({ needs: ["Alpha", "Beta"] });
  await signIn(page, facilitator);
  await page.goto(`/partnerships/${id}/edit`);
  const needs = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Remove need/ }) });

  const moveBetaUp = page.getByRole("button", { name: "Move “Beta” up" });
  await moveBetaUp.focus();
  await page.keyboard.press("Enter");
  await expect(needs).toHaveText([/Beta/, /Alpha/]);
  // Beta is now first: its button says it cannot go further, and keeps the keyboard's focus.
  await expect(moveBetaUp).toBeDisabled();
  await expect(moveBetaUp).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(needs).toHaveText([/Beta/, /Alpha/]);

  const remove = page.getByRole("button", { name: "Remove need “Alpha”" });
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Yes, remove" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(remove).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(needs).toHaveText([/Beta/]);
  // The removed need took the focused button with it: focus goes to the list's heading, and the
  // next Tab continues from there rather than from the top of the page.
  await expect(page.getByRole("heading", { level: 2, name: "What is needed" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Move “Beta” up" })).toBeFocused();
});

test.describe("who may do what", () => {
  test("a plain member sees no edit controls, and the edit page refuses them", async ({ page }) => {
    const member = await makeUser({ name: "Plain Member" });
    const other = await makeUser({ name: "Other Partner" });
    const { id, name } = await makePartnership({ needs: ["Data"], members: [{ user: member }, { user: other }] });
    await signIn(page, member);

    await page.goto(`/partnerships/${id}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit partnership" })).toHaveCount(0);

    await page.goto(`/partnerships/${id}/members`);
    await expect(page.getByRole("listitem").filter({ hasText: "Other Partner" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Make facilitator|Remove facilitator role|^Remove / })).toHaveCount(0);

    const response = await page.goto(`/partnerships/${id}/edit`);
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByRole("heading", { level: 1, name: "Only facilitators can edit this partnership" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Add need|Create invite link|Save changes/ })).toHaveCount(0);
    await expect(page.getByLabel("Common goal")).toHaveCount(0);
  });

  test("someone outside the partnership gets 'not found' on every partnership page", async ({ signedInPage: page }) => {
    const { id, name } = await makePartnership({ name: `Secret partnership ${Date.now()}` });
    for (const path of [`/partnerships/${id}`, `/partnerships/${id}/edit`, `/partnerships/${id}/members`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByText(name)).toHaveCount(0);
    }
  });

  test("a signed-out visitor is sent to sign in and comes back to the page afterwards", async ({ page }) => {
    const { id, facilitator } = await makePartnership();
    for (const path of [`/partnerships/${id}/members`, `/partnerships/${id}/edit`, "/partnerships/new"]) {
      await page.context().clearCookies();
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
      await page.getByLabel("Email").fill(facilitator.email);
      await page.getByLabel("Password").fill(facilitator.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    }
  });
});

test.describe("members", () => {
  test("the only facilitator is told why they cannot step down or leave", async ({ page }) => {
    const member = await makeUser();
    const { id, facilitator } = await makePartnership({ members: [{ user: member }] });
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/members`);
    await expect(page.getByText("You are the only facilitator, so you cannot step down yet")).toBeVisible();
    await expect(page.getByRole("button", { name: "Step down as facilitator" })).toHaveCount(0);
    const leave = page.getByRole("button", { name: "Leave partnership" });
    await expect(leave).toBeDisabled();
    await expect(leave).toHaveAccessibleDescription(/only facilitator/);
  });

  test("a facilitator steps down once someone else facilitates, and a member leaves", async ({ page, browser, baseURL }) => {
    const member = await makeUser({ name: "Leaving Member" });
    const { id, name, facilitator } = await makePartnership({ members: [{ user: member }] });
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/members`);
    await page.getByRole("listitem").filter({ hasText: "Leaving Member" }).getByRole("button", { name: "Make facilitator" }).click();
    await page.getByRole("button", { name: "Step down as facilitator" }).click();
    await expect(page.getByRole("button", { name: /Make facilitator|Remove facilitator role/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit partnership" })).toHaveCount(0);

    // The new facilitator is now the only one: they cannot leave, so make the first one facilitator again.
    const other = await newVisitor(browser, baseURL);
    await signIn(other, member);
    await other.goto(`/partnerships/${id}/members`);
    await expect(other.getByRole("button", { name: "Leave partnership" })).toBeDisabled();
    await other.getByRole("button", { name: /Make facilitator/ }).click();
    await expect(other.getByRole("button", { name: "Leave partnership" })).toBeEnabled();
    await other.getByRole("button", { name: "Leave partnership" }).click();
    await other.getByRole("button", { name: "Yes, leave" }).click();
    await expect(other.getByRole("heading", { level: 1, name: "My partnerships" })).toBeVisible();
    await expect(other.getByRole("link", { name })).toHaveCount(0);
    await other.context().close();
  });

  test("a member records the organisation they represent here", async ({ page }) => {
    const member = await makeUser({ name: "Org Member" });
    const { id } = await makePartnership({ members: [{ user: member, organisation: "Old org" }] });
    await signIn(page, member);
    await page.goto(`/partnerships/${id}/members`);
    await expect(page.getByLabel("My organisation here")).toHaveValue("Old org");
    await page.getByLabel("My organisation here").fill("Provincie Gelderland");
    await page.getByRole("button", { name: "Save organisation" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Org Member" })).toContainText("Provincie Gelderland");
  });
});

test.describe("actions check who is asking, whatever the page showed", () => {
  test("a facilitator demoted while the pages are open is refused by every facilitator action", async ({ page, browser, baseURL }) => {
    const demoted = await makeUser({ name: "Demoted Facilitator" });
    const partner = await makeUser({ name: "Some Partner" });
    const { id, facilitator, needs } = await makePartnership({
      needs: ["First", "Second"],
      members: [{ user: demoted, role: "FACILITATOR" }, { user: partner }],
    });
    await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    await signIn(page, demoted);
    await page.goto(`/partnerships/${id}/edit`);
    const members = await newVisitor(browser, baseURL);
    await signIn(members, demoted);
    await members.goto(`/partnerships/${id}/members`);

    const demotedMembership = await db.membership.findFirstOrThrow({ where: { partnershipId: id, userId: demoted.id } });
    await changeMemberRole(facilitator.id, id, demotedMembership.id, "MEMBER");
    const before = await snapshot(id);
    const refusal = "Only facilitators of this partnership can do this.";

    await page.getByLabel("Name").fill("Taken over");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(refusal)).toBeVisible();

    await page.getByLabel("Need").fill("Sneaked in");
    await page.getByRole("button", { name: "Add need" }).click();
    await expect(page.getByText(refusal)).toHaveCount(2);

    await page.getByRole("button", { name: "Move “Second” up" }).click();
    await expect(page.getByText(refusal)).toHaveCount(3);

    await page.getByRole("button", { name: "Remove need “First”" }).click();
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect(page.getByText(refusal)).toHaveCount(4);

    await page.getByRole("button", { name: "Create invite link" }).click();
    await expect(page.getByText(refusal)).toHaveCount(5);
    await expect(page.getByText(/\/invite\//)).toHaveCount(0);

    await page.getByRole("button", { name: /^Revoke the link created/ }).click();
    await page.getByRole("button", { name: "Yes, revoke" }).click();
    await expect(page.getByText(refusal)).toHaveCount(6);

    const someone = members.getByRole("listitem").filter({ hasText: "Some Partner" });
    await someone.getByRole("button", { name: "Make facilitator" }).click();
    await expect(members.getByText(refusal)).toHaveCount(1);
    await someone.getByRole("button", { name: "Remove Some Partner from the partnership" }).click();
    await members.getByRole("button", { name: "Yes, remove" }).click();
    await expect(members.getByText(refusal)).toHaveCount(2);

    expect(await snapshot(id)).toEqual(before);
    expect(needs.map((need) => need.title)).toEqual(["First", "Second"]);
    await members.context().close();
  });

  test("someone removed while the pages are open can no longer act on the partnership", async ({ page }) => {
    const removed = await makeUser({ name: "Removed Partner" });
    const { id, facilitator } = await makePartnership({ members: [{ user: removed, organisation: "Before" }] });
    await signIn(page, removed);
    await page.goto(`/partnerships/${id}/members`);
    const membership = await db.membership.findFirstOrThrow({ where: { partnershipId: id, userId: removed.id } });
    await removeMember(facilitator.id, id, membership.id);

    await page.getByLabel("My organisation here").fill("After");
    await page.getByRole("button", { name: "Save organisation" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    expect(await db.membership.count({ where: { partnershipId: id, userId: removed.id } })).toBe(0);
  });

  test("a visitor whose session ended is sent to sign in instead of creating a partnership", async ({ signedInPage: page }) => {
    await page.goto("/partnerships/new");
    await page.context().clearCookies();
    await page.getByLabel("Name").fill("Without a session");
    await page.getByLabel("Common goal").fill("Goal");
    await page.getByLabel("Desired impact").fill("Impact");
    await page.getByRole("button", { name: "Create partnership" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    expect(await db.partnership.count({ where: { name: "Without a session" } })).toBe(0);
  });
});

/** What the partnership holds that a refused action could have changed. */
async function snapshot(partnershipId: string) {
  return db.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    include: { needs: { orderBy: { id: "asc" } }, memberships: { orderBy: { id: "asc" } }, invitations: { orderBy: { id: "asc" } } },
  });
}
