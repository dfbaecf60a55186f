import { expect, test as base, type Page } from "@playwright/test";
import { makeUser } from "@/lib/testing/factories";

export { expect };

type TestUser = Awaited<ReturnType<typeof makeUser>>;

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export const test = base.extend<{ user: TestUser; signedInPage: Page }>({
  // Each test gets its own address, so that rate limits on one test do not touch another.
  extraHTTPHeaders: async ({}, use) => {
    const octet = () => Math.floor(Math.random() * 250) + 1;
    await use({ "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` });
  },
  user: async ({}, use) => {
    await use(await makeUser());
  },
  signedInPage: async ({ page, user }, use) => {
    await signIn(page, user);
    await use(page);
  },
});
