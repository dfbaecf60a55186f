import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { expect, signIn, test } from "./fixtures";
import { viewerPage } from "./viewers";

/** Whether a page of a signed-in user opens, or sign-in is asked for instead. */
async function expectSignedOut(page: Page) {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
}

async function expectSignedIn(page: Page) {
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
}

test.describe("sessions you can end", () => {
  test("a copied session cookie stops working once its browser signs out", async ({ page, browser, baseURL, user }) => {
    await signIn(page, user);
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name.includes("session-token"));
    expect(cookie).toBeDefined();

    // Someone copies the cookie into a browser of their own: it works, for now.
    const thief = await viewerPage(browser, baseURL);
    await thief.context().addCookies([cookie!]);
    await expectSignedIn(thief);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expectSignedOut(thief);
    // Route handlers refuse it too.
    expect((await thief.request.get("/api/me/export")).status()).toBe(401);
    await thief.context().close();
  });

  test("`Sign out everywhere` in one browser signs out the other on its next request", async ({ page, browser, baseURL, user }) => {
    await signIn(page, user);
    const other = await viewerPage(browser, baseURL, user);
    await expectSignedIn(other);

    await page.getByRole("link", { name: "Account", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
    await expect(page.getByText("(this browser)")).toHaveCount(1);
    await expect(page.getByText(/^Signed in /)).toHaveCount(2);
    await page.screenshot({ path: "test-results/account-page.png", fullPage: true });

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await expectSignedOut(page);
    await expectSignedOut(other);
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);

    // Signing in again works as before.
    await signIn(other, user);
    await expectSignedIn(other);
    await other.context().close();
  });

  test("changing the password signs out the other browser and keeps this one", async ({ page, browser, baseURL, user }) => {
    await signIn(page, user);
    const other = await viewerPage(browser, baseURL, user);

    await page.goto("/account");
    await page.getByLabel("Current password", { exact: true }).fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("a fresh and long password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Your password is changed. 1 other browser was signed out.")).toBeVisible();
    await expect(page.getByLabel("Current password", { exact: true })).toHaveValue("");

    await expectSignedOut(other);
    await expectSignedIn(page);

    // The old password no longer signs in; the new one does.
    await other.getByLabel("Email").fill(user.email);
    await other.getByLabel("Password").fill(user.password);
    await other.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(other.getByText("Email or password is incorrect.")).toBeVisible();
    await signIn(other, { email: user.email, password: "a fresh and long password" });
    await other.context().close();
  });

  test("a wrong current password or a too short new one is marked next to its field", async ({ page, browser, baseURL, user }) => {
    await signIn(page, user);
    const other = await viewerPage(browser, baseURL, user);
    await page.goto("/account");

    await page.getByLabel("Current password", { exact: true }).fill("not my password");
    await page.getByLabel("New password", { exact: true }).fill("a fresh and long password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText(/This is not the password of your account/);
    await expect(page.getByLabel("Current password", { exact: true })).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Current password", { exact: true }).fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.locator("#newPassword-error")).toHaveText(/at least 10 characters/);

    // Nothing changed: the other browser is still signed in, and the old password still works.
    await expectSignedIn(other);
    await other.context().close();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    // Signing out leaves the account page: wait for that, so that it does not replace the sign-in page.
    await page.waitForURL((url) => url.pathname !== "/account");
    await signIn(page, user);
  });

  test("the header links to the account page next to one `My profile`", async ({ signedInPage: page }) => {
    const navigation = page.getByRole("navigation", { name: "Main navigation" });
    await expect(navigation.getByRole("link", { name: "My profile" })).toHaveCount(1);
    await navigation.getByRole("link", { name: "Account", exact: true }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  });
});
