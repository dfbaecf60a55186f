import { db } from "@/lib/db";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { makePartnership, makeUser, setAnswers } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { newVisitor } from "./visitor";

async function partnershipWithInvite(options: { maxUses?: number } = {}) {
  const partnership = await makePartnership({ name: `Delta partnership ${Date.now()}` });
  const { token, invitation } = await createInvitation(partnership.facilitator.id, partnership.id, { expiresInDays: 14, ...options });
  return { ...partnership, token, invitationId: invitation.id, path: `/invite/${token}` };
}

test.describe("invite links", () => {
  test("a signed-out visitor signs in from the invite, comes back and joins", async ({ page }) => {
    const { path, name, id } = await partnershipWithInvite();
    const visitor = await makeUser({ name: "Returning Partner" });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("A climate-adaptive river region by 2035")).toBeVisible();
    await expect(page.getByRole("button", { name: "Join partnership" })).toHaveCount(0);
    // The header's link, like the one on the page, brings the visitor back here.
    await page.getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Email").fill(visitor.email);
    await page.getByLabel("Password").fill(visitor.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await page.getByRole("button", { name: "Join partnership" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/partnerships/${id}$`));
  });

  test("a signed-out visitor signs up through the header link and comes back", async ({ page }) => {
    const { path } = await partnershipWithInvite();
    await page.goto(path);
    await page.getByRole("link", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Finvite%2F/);
  });

  test("someone already in the partnership goes straight there", async ({ page }) => {
    const { path, id, facilitator } = await partnershipWithInvite({ maxUses: 1 });
    await signIn(page, facilitator);
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/partnerships/${id}$`));
    expect((await db.invitation.findFirstOrThrow({ where: { partnershipId: id } })).useCount).toBe(0);
  });

  test("an expired link says so", async ({ signedInPage: page }) => {
    const { path, invitationId, name } = await partnershipWithInvite();
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByRole("heading", { level: 1, name: "This invite link has expired" })).toBeVisible();
    await expect(page.getByText("Ask a facilitator for a new one.")).toBeVisible();
    await expect(page.getByText(name)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Join partnership" })).toHaveCount(0);
  });

  test("a link revoked by a facilitator says so", async ({ browser, baseURL, page }) => {
    const { path, facilitator, id } = await partnershipWithInvite();
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/edit`);
    await page.getByRole("button", { name: /^Revoke the link created/ }).click();
    await page.getByRole("button", { name: "Yes, revoke" }).click();
    await expect(page.getByText("No open invite links.")).toBeVisible();

    const visitor = await newVisitor(browser, baseURL);
    await visitor.goto(path);
    await expect(visitor.getByRole("heading", { level: 1, name: "This invite link has been withdrawn" })).toBeVisible();
    await visitor.context().close();
  });

  test("a used-up link says so", async ({ signedInPage: page }) => {
    const { path, token } = await partnershipWithInvite({ maxUses: 1 });
    const first = await makeUser();
    await redeemInvitation({ userId: first.id, token, organisation: "", address: "10.200.0.1" });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "This invite link has been used up" })).toBeVisible();
  });

  test("a link that is used up while the page is open is refused with a clear message", async ({ signedInPage: page }) => {
    const { path, token, id } = await partnershipWithInvite({ maxUses: 1 });
    await page.goto(path);
    const someoneElse = await makeUser();
    await redeemInvitation({ userId: someoneElse.id, token, organisation: "", address: "10.200.0.2" });
    await page.getByLabel("Organisation").fill("Gemeente Zaltbommel");
    await page.getByRole("button", { name: "Join partnership" }).click();
    await expect(page.getByText("This invite link has been used as often as it allows.")).toBeVisible();
    await expect(page.getByLabel("Organisation")).toHaveValue("Gemeente Zaltbommel");
    expect(await db.membership.count({ where: { partnershipId: id } })).toBe(2);
  });

  test("an unknown link says it is not valid", async ({ page }) => {
    for (const token of ["A".repeat(43), "not-a-token", "%00"]) {
      const response = await page.goto(`/invite/${token}`);
      expect(response?.status()).toBeLessThan(500);
      await expect(page.getByRole("heading", { level: 1, name: "This invite link is not valid" })).toBeVisible();
    }
  });

  test("bad input on the join form gets a message next to the field and keeps what was typed", async ({ signedInPage: page }) => {
    const { path, id } = await partnershipWithInvite();
    const long = "O".repeat(10_000);
    await page.goto(path);
    await page.getByLabel("Organisation").fill(long);
    const joined = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/invite/"));
    await page.getByRole("button", { name: "Join partnership" }).click();
    expect((await joined).status()).toBeLessThan(500);
    await expect(page.locator("#organisation-error")).toHaveText(/Keep this to 160 characters at most/);
    await expect(page.getByLabel("Organisation")).toHaveValue(long);
    expect(await db.membership.count({ where: { partnershipId: id } })).toBe(1);
  });

  test("a removed member cannot come back through the old link, only through one made after the removal", async ({ page, browser, baseURL }) => {
    const { path, token, id, facilitator, invitationId, name } = await partnershipWithInvite();
    const member = await makeUser({ name: `Removed Rosa ${Date.now()}` });
    await redeemInvitation({ userId: member.id, token, organisation: "", address: "10.201.0.1" });

    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/members`);
    await page.getByRole("button", { name: new RegExp(`^Remove .*${member.name}`) }).click();
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: member.name })).toHaveCount(0);

    const removed = await newVisitor(browser, baseURL);
    await signIn(removed, member);
    await removed.goto(path);
    await expect(removed.getByRole("heading", { level: 1, name: "This invite link no longer lets you in" })).toBeVisible();
    await expect(
      removed.getByText("You were removed from this partnership after this link was made. Ask a facilitator for a new invitation."),
    ).toBeVisible();
    await expect(removed.getByRole("button", { name: "Join partnership" })).toHaveCount(0);
    await expect(removed.getByText(name)).toHaveCount(0);
    await removed.screenshot({ path: test.info().outputPath("invite-removed.png"), fullPage: true });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).useCount).toBe(1);

    await page.goto(`/partnerships/${id}/edit`);
    await page.getByRole("button", { name: "Create invite link" }).click();
    const shownUrl = page.getByText(/\/invite\//);
    await expect(shownUrl).toBeVisible();
    const fresh = new URL((await shownUrl.textContent())!.trim());
    await removed.goto(fresh.pathname);
    await removed.getByRole("button", { name: "Join partnership" }).click();
    await expect(removed).toHaveURL(new RegExp(`/partnerships/${id}$`));
    await removed.context().close();
  });

  test("before joining, the page says which answers the partnership's people will read", async ({ page, user }) => {
    const { path, facilitator } = await partnershipWithInvite();
    await setAnswers(user.id, { fears: "Heights", personality: "Curious", origin: "Tiel" }, { fears: "ONLY_ME", personality: "FACILITATORS", origin: "PARTNERS" });
    await signIn(page, user);
    await page.goto(path);

    const sharing = page.getByRole("region", { name: "What you share with this partnership" });
    await expect(sharing).toBeVisible();
    const facilitators = sharing.getByRole("region", { name: "Facilitators", exact: true });
    const partners = sharing.getByRole("region", { name: "All partners", exact: true });
    await expect(facilitators).toContainText(facilitator.name);
    await expect(facilitators.getByRole("listitem").filter({ hasText: "Personality" })).toHaveCount(1);
    await expect(facilitators.getByRole("listitem").filter({ hasText: "Origin and background" })).toHaveCount(1);
    await expect(facilitators.getByRole("listitem").filter({ hasText: "Fears and inhibitions" })).toHaveCount(0);
    await expect(partners.getByRole("listitem").filter({ hasText: "Origin and background" })).toHaveCount(1);
    await expect(partners.getByRole("listitem").filter({ hasText: "Personality" })).toHaveCount(0);
    await expect(partners.getByRole("listitem").filter({ hasText: "Fears and inhibitions" })).toHaveCount(0);
    await expect(sharing.getByRole("region", { name: "Only you" }).getByRole("listitem").filter({ hasText: "Fears and inhibitions" })).toHaveCount(1);
    // The section comes before the button that joins.
    const [sectionBox, buttonBox] = await Promise.all([sharing.boundingBox(), page.getByRole("button", { name: "Join partnership" }).boundingBox()]);
    expect(sectionBox!.y).toBeLessThan(buttonBox!.y);
    await page.screenshot({ path: test.info().outputPath("invite-sharing.png"), fullPage: true });

    // Changing a visibility first, then coming back, shows the new state.
    await sharing.getByRole("link", { name: "Change what you share first" }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await page.getByLabel("Personality visibility").selectOption({ label: "All partners" });
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.goto(path);
    await expect(page.getByRole("region", { name: "All partners", exact: true }).getByRole("listitem").filter({ hasText: "Personality" })).toHaveCount(1);
  });

  test("the sharing section says so when a group reads nothing", async ({ page, user }) => {
    const { path } = await partnershipWithInvite();
    const onlyMe = Object.fromEntries(
      ["origin", "knowledgeSkills", "personality", "lifeExperience", "valuesNorms", "statement", "drives", "talents", "contributeTo"].map((field) => [field, "ONLY_ME" as const]),
    );
    await setAnswers(user.id, {}, onlyMe);
    await signIn(page, user);
    await page.goto(path);
    for (const group of ["Facilitators", "All partners"]) {
      await expect(page.getByRole("region", { name: group, exact: true })).toContainText("Nothing: they will not be able to read any of your answers.");
    }
  });
});
