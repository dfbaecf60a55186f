import { uniqueEmail } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";

test.describe("accounts", () => {
  test("a visitor signs up, signs out and signs in again", async ({ page }) => {
    const email = uniqueEmail("signup");
    await page.goto("/");
    await page.getByRole("link", { name: "Sign up" }).click();
    await page.getByLabel("Name").fill("Fatima El Amrani");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "My partnerships" })).toBeVisible();
    await expect(page.getByText("Welcome, Fatima El Amrani.")).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

    await signIn(page, { email: email.toUpperCase(), password: "a long enough password" });
    await expect(page.getByRole("heading", { level: 1, name: "My partnerships" })).toBeVisible();
  });

  test("a wrong password is refused with a clear message and the email is kept", async ({ page, user }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("not my password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  });

  test("an email that already has an account is refused next to the email field", async ({ page, user }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill(user.email.toUpperCase());
    await page.getByLabel("Password").fill("another long password");
    await page.getByRole("button", { name: "Create account" }).click();
    const email = page.getByLabel("Email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#email-error")).toContainText("already exists");
    await expect(page.getByLabel("Name")).toHaveValue("Someone Else");
  });

  test("bad input gets a message next to each field and keeps what was typed", async ({ page }) => {
    const longName = "N".repeat(10_000);
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill(longName);
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    const response = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/sign-up"));
    await page.getByRole("button", { name: "Create account" }).click();
    expect((await response).status()).toBeLessThan(500);

    await expect(page.locator("#name-error")).toHaveText(/at most/);
    await expect(page.locator("#email-error")).toHaveText(/Enter an email address/);
    await expect(page.locator("#password-error")).toHaveText(/at least 10 characters/);
    await expect(page.getByLabel("Name")).toHaveValue(longName);
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
    await expect(page.getByLabel("Name")).toHaveAttribute("aria-describedby", /name-error/);
  });

  test("an invalid email on the sign-in form is pointed out at the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("anna-at-example");
    await page.getByLabel("Password").fill("whatever it is");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("#email-error")).toHaveText(/Enter an email address/);
    await expect(page.getByLabel("Email")).toHaveValue("anna-at-example");
  });
});
