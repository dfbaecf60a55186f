import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { issueAccountToken } from "@/lib/account-tokens/issue-account-token";
import { db } from "@/lib/db";
import { makeUser, uniqueEmail } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { waitForEmail } from "./support/mailbox";

const NEW_PASSWORD = "a fresh password for me";

/** The link to this app's path in an email (APP_URL is the test server's address). */
function linkTo(links: string[], path: string): string {
  const link = links.find((candidate) => new URL(candidate).pathname.startsWith(path));
  if (!link) throw new Error(`no ${path} link among ${links.join(", ")}`);
  return link;
}

/** No serious or critical axe finding (WCAG 2.1 A and AA), as e2e/accessibility.spec.ts asks of every page. */
async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.help}`);
  expect(blocking, name).toEqual([]);
}

test.describe("accounts that last", () => {
  test("sign up → the verification email arrives → its link confirms the address", async ({ page }) => {
    const email = uniqueEmail("Verify-Me");
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Vera Verified");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

    // The account works at once, and says its address waits for confirmation.
    await page.goto("/account");
    const section = page.getByRole("region", { name: "Email address" });
    await expect(section).toContainText("not confirmed yet");
    await expect(section.getByRole("button", { name: "Send the link again" })).toBeVisible();

    const message = await waitForEmail(email, { subject: /confirm your email address/i });
    expect(message.text).toContain("Vera Verified");
    expect(message.html).toContain("Confirm my email address");
    await page.goto(linkTo(message.links, "/verify-email/"));
    await expect(page.getByRole("heading", { level: 1, name: "Your email address is confirmed" })).toBeVisible();
    await page.screenshot({ path: "test-results/recovery-verified.png", fullPage: true });

    await page.goto("/account");
    await expect(section).toContainText("This address is confirmed.");
    await expect(section.getByRole("button", { name: "Send the link again" })).toHaveCount(0);
    await page.screenshot({ path: "test-results/recovery-account.png", fullPage: true });

    // The link works once.
    await page.goto(linkTo(message.links, "/verify-email/"));
    await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  });

  test("forgot password → reset email → new password: the other browser is signed out and the new password works", async ({ page, user, browser }) => {
    const elsewhere = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.77.1.2" } });
    const other = await elsewhere.newPage();
    await signIn(other, user);

    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "If an account uses this address" })).toBeVisible();
    await page.screenshot({ path: "test-results/recovery-forgot.png", fullPage: true });

    const message = await waitForEmail(user.email, { subject: /new password/i });
    const link = linkTo(message.links, "/reset-password/");
    await page.goto(link);
    await page.screenshot({ path: "test-results/recovery-reset.png", fullPage: true });
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?passwordReset=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();

    // The other browser's session ended with the reset.
    await other.goto("/account");
    await expect(other).toHaveURL(/\/sign-in/);
    await expect(other.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await elsewhere.close();

    // The old password no longer works; the new one does.
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
    await signIn(page, { email: user.email, password: NEW_PASSWORD });

    // The link was used up: it says so, and offers a new one.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
    await page.getByRole("link", { name: "Ask for a new link" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
  });

  test("the forgot form answers an unknown address exactly as a known one", async ({ page, user }) => {
    const answer = async (email: string) => {
      await page.goto("/forgot-password");
      await page.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Send reset link" }).click();
      const status = page.getByRole("status").filter({ hasText: /\S/ });
      await expect(status).toBeVisible();
      return { text: await status.innerText(), main: await page.locator("main").innerText() };
    };
    const unknown = uniqueEmail("nobody-here");
    const forUnknown = await answer(unknown);
    const forKnown = await answer(user.email);
    expect(forKnown.text).toBe(forUnknown.text);
    expect(forKnown.main.replace(user.email, "<email>")).toBe(forUnknown.main.replace(unknown, "<email>"));
    await waitForEmail(user.email, { subject: /new password/i });
    expect(await db.emailMessage.count({ where: { to: unknown } })).toBe(0);
  });

  test("changing the email address: the new address confirms it, the old one is told", async ({ signedInPage: page, user }) => {
    const newEmail = uniqueEmail("Moved");
    await page.goto("/account");
    const section = page.getByRole("region", { name: "Email address" });
    await section.getByRole("button", { name: "Change email address" }).click();
    await section.getByLabel("New email address").fill(newEmail);
    await section.getByLabel("Current password").fill("not my password");
    await section.getByRole("button", { name: "Send confirmation link" }).click();
    await expect(section.locator("#currentPassword-error")).toBeVisible();
    await section.getByLabel("Current password").fill(user.password);
    await section.getByRole("button", { name: "Send confirmation link" }).click();
    await expect(section.getByRole("status").filter({ hasText: newEmail.toLowerCase() })).toBeVisible();

    const told = await waitForEmail(user.email, { subject: /about to change/i });
    expect(told.text).toContain(newEmail.toLowerCase());
    const confirm = await waitForEmail(newEmail, { subject: /confirm your email address/i });
    await page.goto(linkTo(confirm.links, "/verify-email/"));
    await expect(page.getByRole("heading", { level: 1, name: "Your email address has changed" })).toBeVisible();
    await waitForEmail(user.email, { subject: /has changed/i });

    await page.goto("/account");
    await expect(section).toContainText(`Your account uses ${newEmail.toLowerCase()}.`);
  });

  test("the sign-up form refuses an address that has an account as before, and its owner is told", async ({ page }) => {
    const owner = await makeUser();
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill("another long password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#email-error")).toContainText("already exists");
    const told = await waitForEmail(owner.email, { subject: /tried to create an account/i });
    expect(linkTo(told.links, "/reset-password/")).toBeTruthy();
  });

  test("the new pages are accessible, in each of their states, and work with the keyboard alone", async ({ page, user }) => {
    await page.goto("/sign-in");
    await expectAccessible(page, "sign-in with its forgot link");
    await page.goto("/forgot-password");
    await expectAccessible(page, "forgot password");
    await page.getByLabel("Email").focus();
    await page.keyboard.type(user.email);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "If an account uses this address" })).toBeVisible();
    await expectAccessible(page, "forgot password, answered");

    const token = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD", email: user.email }));
    await page.goto(`/reset-password/${token}`);
    await expectAccessible(page, "reset password");
    await page.getByLabel("New password").fill("short");
    await page.keyboard.press("Enter");
    await expect(page.locator("#password-error")).toBeVisible();
    await expectAccessible(page, "reset password with an error");
    await page.goto(`/reset-password/${token}x`);
    await expectAccessible(page, "a dead reset link");
    await page.goto(`/verify-email/${token}`);
    await expectAccessible(page, "a dead verification link");

    await signIn(page, user);
    await page.goto("/account");
    await page.getByRole("button", { name: "Change email address" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("New email address")).toBeFocused();
    await expectAccessible(page, "account with the email change form open");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("button", { name: "Change email address" })).toBeFocused();
  });
});
