import { db } from "@/lib/db";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { makePartnership, makeUser } from "@/lib/testing/factories";
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
    await page.getByRole("button", { name: "Sign in" }).click();
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
});
