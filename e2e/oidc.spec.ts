import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makeUser, uniqueEmail } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { OIDC_ISSUER } from "./support/oidc-settings";

/*
 * Signing in with an organisation's account, through a real OpenID Connect provider on localhost
 * (e2e/support/oidc-provider.ts, started by the global setup). The login typed at the provider is
 * the person there: "<email>", or "<email>;unverified" for an address it has not verified.
 */

/**
 * From the app's sign-in (or sign-up) page to the provider and back, as the person `login`. The
 * provider's own session is forgotten first (its cookies share the host with the app's), so that
 * it asks who is signing in.
 */
async function signInAtProvider(page: Page, login: string, button = "Sign in with Test ID") {
  await page.context().clearCookies({ name: /^_(session|interaction|resume)/ });
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL((url) => url.href.startsWith(OIDC_ISSUER));
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

const organisationEmail = (domain = "gemeente.example") => `kim-${randomUUID().slice(0, 8)}@${domain}`;

test.describe("signing in with an organisation's account", () => {
  test("a first sign-in creates the account from the provider's verified address and name; its sessions end like any other", async ({ page }) => {
    const email = organisationEmail();
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in with Test ID" })).toBeVisible();
    await page.screenshot({ path: "test-results/oidc-sign-in.png", fullPage: true });
    await signInAtProvider(page, `${email};name=Kim de Boer`);

    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByText("Welcome, Kim de Boer.")).toBeVisible();
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, passwordHash: true, emailVerifiedAt: true, organisationSignIns: { select: { provider: true } } },
    });
    expect(user.passwordHash).toBeNull();
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.organisationSignIns.map((link) => link.provider)).toEqual(["testid"]);
    // The same kind of session as a password sign-in: a row on the server the cookie names.
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(1);

    // Sign out ends the app's session and offers the provider's sign-out.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You are signed out of Samenspel.")).toBeVisible();
    const providerSignOut = page.getByRole("link", { name: "Also sign out at Test ID" });
    await expect(providerSignOut).toHaveAttribute("href", new RegExp(`^${OIDC_ISSUER}/`));
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);

    // Signing in again finds the linked account (no second account), and "Sign out everywhere" ends it.
    await signInAtProvider(page, `${email};name=Kim de Boer`);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(await db.user.count({ where: { email } })).toBe(1);
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(await db.userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
  });

  test("an account without a password works everywhere, and its last sign-in method cannot be unlinked", async ({ page }) => {
    const email = organisationEmail();
    await page.goto("/sign-up");
    // Offered on the sign-up page too.
    await signInAtProvider(page, email);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

    await page.goto("/account");
    const methods = page.getByRole("region", { name: "Sign-in methods" });
    await expect(methods.getByText("Test ID", { exact: true })).toBeVisible();
    await expect(methods.getByText("No password set.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Set a password by email" })).toBeVisible();
    await page.screenshot({ path: "test-results/oidc-account.png", fullPage: true });
    await methods.getByRole("button", { name: "Unlink Test ID" }).click();
    await expect(methods.getByRole("alert")).toContainText("This is the last way to sign in to your account");
    expect(await db.organisationSignIn.count({ where: { user: { email } } })).toBe(1);

    // The data download works, and deleting the account is confirmed by typing its address.
    const download = await page.request.get("/api/me/export");
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain(email);
    await page.goto("/profile");
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByLabel("Type your email address to confirm").fill("someone-else@gemeente.example");
    await page.getByRole("button", { name: "Yes, delete my account" }).click();
    await expect(page.getByText("This is not the email address of your account.")).toBeVisible();
    await expect(page.getByLabel("Type your email address to confirm")).toHaveValue("someone-else@gemeente.example");
    await page.getByLabel("Type your email address to confirm").fill(email.toUpperCase());
    await page.getByRole("button", { name: "Yes, delete my account" }).click();
    await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  test("linking to an existing password account asks for its password once", async ({ page }) => {
    const user = await makeUser();
    // Asked to sign in on the way to a page: after linking, that is where it goes.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
    await signInAtProvider(page, user.email);

    await expect(page).toHaveURL(/\/sign-in\/link\?token=/);
    const linkStep = page.url();
    await expect(page.getByRole("heading", { level: 1, name: "Link your organisation's account" })).toBeVisible();
    await expect(page.getByText(user.email).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

    // A wrong password: said next to the field, nothing linked.
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Link and sign in" }).click();
    await expect(page.locator("#password-error")).toHaveText(/not the password of this account/);
    await page.screenshot({ path: "test-results/oidc-link.png", fullPage: true });
    expect(await db.organisationSignIn.count({ where: { userId: user.id } })).toBe(0);

    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Link and sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
    await expect(page).toHaveURL(/\/account$/);
    expect(await db.organisationSignIn.count({ where: { userId: user.id, provider: "testid" } })).toBe(1);

    // The step is used up: its page says so.
    await page.goto(linkStep);
    await expect(page.getByRole("heading", { level: 1, name: "This step has expired" })).toBeVisible();

    // Next time the provider signs straight in, and with the password left, unlinking is allowed.
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL((url) => url.pathname !== "/account");
    await signInAtProvider(page, user.email);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.goto("/account");
    const methods = page.getByRole("region", { name: "Sign-in methods" });
    await methods.getByRole("button", { name: "Unlink Test ID" }).click();
    await expect(methods.getByRole("status")).toContainText("Test ID is unlinked from your account.");
    await expect(methods.getByRole("button", { name: "Unlink Test ID" })).toHaveCount(0);
    expect(await db.organisationSignIn.count({ where: { userId: user.id } })).toBe(0);
  });

  test("an address the provider has not verified is never linked", async ({ page }) => {
    const user = await makeUser();
    await page.goto("/sign-in");
    await signInAtProvider(page, `${user.email};unverified`);

    await expect(page).toHaveURL(/\/sign-in\?.*error=OrganisationEmailUnverified/);
    await expect(page.getByRole("alert").filter({ hasText: "did not confirm your email address" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    expect(await db.organisationSignIn.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.pendingOrganisationSignIn.count({ where: { userId: user.id } })).toBe(0);
    // Nor does it make an account of its own.
    const stranger = uniqueEmail("unverified");
    await signInAtProvider(page, `${stranger};unverified`);
    await expect(page.getByRole("alert").filter({ hasText: "did not confirm your email address" })).toBeVisible();
    expect(await db.user.count({ where: { email: stranger } })).toBe(0);
  });

  test("a domain without passwords refuses the password form; its people sign in with their organisation", async ({ page }) => {
    const email = organisationEmail("provincie.example");
    const user = await makeUser({ email });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("#email-error")).toHaveText(/People at provincie\.example sign in with their organisation's account/);
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

    // Signing up with a password is refused too.
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Kim");
    await page.getByLabel("Email").fill(organisationEmail("provincie.example"));
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#email-error")).toHaveText(/People at provincie\.example/);

    // The existing account moves over: its password confirms the link once.
    await page.goto("/sign-in");
    await signInAtProvider(page, email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Link and sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.goto("/account");
    await expect(page.getByText("Switched off for addresses at provincie.example.")).toBeVisible();
    // The password no longer counts as a way in: the organisation's account is the last one.
    await page.getByRole("button", { name: "Unlink Test ID" }).click();
    await expect(page.getByRole("region", { name: "Sign-in methods" }).getByRole("alert")).toContainText("last way to sign in");
  });

  test("a misconfigured provider gives a clear message, never a 500, and password sign-in still works", async ({ page, user }) => {
    // An issuer nothing answers at.
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in with Unreachable ID" }).click();
    await expect(page).toHaveURL(/\/sign-in\?.*error=OAuthSignin/);
    await expect(page.getByRole("alert").filter({ hasText: "Signing in with your organisation's account did not work" })).toBeVisible();

    // A client secret the provider does not accept.
    const responses: number[] = [];
    page.on("response", (response) => responses.push(response.status()));
    await signInAtProvider(page, organisationEmail(), "Sign in with Misconfigured ID");
    await expect(page).toHaveURL(/\/sign-in\?.*error=OAuthCallback/);
    await expect(page.getByRole("alert").filter({ hasText: "Signing in with your organisation's account did not work" })).toBeVisible();
    expect(responses.filter((status) => status >= 500)).toEqual([]);

    await signIn(page, user);
  });
});
