import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { viewerPage } from "./viewers";

test.describe("guessing passwords", () => {
  test("failed sign-ins for one account are slowed, then refused for a while even with the right password", async ({ page, browser, baseURL }) => {
    test.slow();
    const user = await makeUser();
    await page.goto("/sign-in");
    const email = page.getByLabel("Email");
    const password = page.getByLabel("Password");
    const signIn = page.getByRole("button", { name: "Sign in", exact: true });
    const wrong = page.getByText("Email or password is incorrect.");
    const blocked = page.getByText(/^Too many attempts\. Please wait 15 minutes and try again\.$/);

    const took: number[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) {
      await email.fill(user.email);
      await password.fill(`wrong guess ${attempt}`);
      const started = Date.now();
      const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
      await signIn.click();
      await answered;
      took.push(Date.now() - started);
      await expect(wrong).toBeVisible();
      // The form has come back (and cleared the password) before the next guess is typed.
      await expect(password).toHaveValue("");
      await expect(signIn).toBeEnabled();
    }
    // The first guesses are answered at once; later ones are held back longer and longer.
    // (The quickest of the first three: the very first request can be slow on a server just started.)
    expect(took[9]! - Math.min(...took.slice(0, 3)), `times: ${took.join(", ")} ms`).toBeGreaterThan(2_500);

    await password.fill("an eleventh guess");
    await signIn.click();
    await expect(blocked).toBeVisible();
    await expect(password).toHaveValue("");
    await password.fill(user.password);
    await signIn.click();
    await expect(blocked).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

    // The counters live in PostgreSQL, so every app instance refuses alike.
    const counter = await db.rateLimit.findUniqueOrThrow({ where: { key: `sign-in:account:${user.email}` } });
    expect(counter.blockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    // From another computer the account is refused too: the block is on the account.
    const elsewhere = await viewerPage(browser, baseURL);
    await elsewhere.goto("/sign-in");
    await elsewhere.getByLabel("Email").fill(user.email);
    await elsewhere.getByLabel("Password").fill(user.password);
    await elsewhere.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(elsewhere.getByText(/^Too many attempts/)).toBeVisible();
    await elsewhere.context().close();

    // Once the block has passed, the right password works again.
    await db.rateLimit.update({ where: { key: `sign-in:account:${user.email}` }, data: { blockedUntil: new Date(Date.now() - 1_000) } });
    await expect(password).toHaveValue("");
    await email.fill(user.email);
    await password.fill(user.password);
    await signIn.click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});
