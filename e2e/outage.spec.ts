import { db } from "@/lib/db";
import { uniqueEmail } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { startAppServer } from "./support/app-server";
import { startTcpProxy } from "./support/tcp-proxy";

test.describe("database outage", () => {
  test("pages answer 503 'temporarily unavailable', forms save nothing, and the app recovers by itself", async ({ browser }) => {
    test.setTimeout(120_000);
    const database = new URL(process.env.DATABASE_URL!);
    const relay = await startTcpProxy({ host: database.hostname, port: Number(database.port || 5432) });
    const viaRelay = new URL(database);
    viaRelay.host = `127.0.0.1:${relay.port}`;
    const app = await startAppServer({ DATABASE_URL: viaRelay.toString() });
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    try {
      await page.goto("/sign-up");
      await expect(page.getByRole("button", { name: "Create account" })).toBeVisible();

      await relay.cut();
      await page.waitForTimeout(1_500);

      for (const path of ["/sign-in", "/", "/profile"]) {
        expect((await page.request.get(path)).status(), path).toBe(503);
      }
      const response = await page.goto("/");
      expect(response?.status()).toBe(503);
      await expect(page.getByRole("heading", { name: "Temporarily unavailable" })).toBeVisible();
      await expect(page.getByText("Your data is safe")).toBeVisible();

      // A form already on screen: sending it during the outage keeps what was typed and saves nothing.
      await relay.restore();
      await expect.poll(async () => (await page.request.get("/sign-up")).status(), { timeout: 20_000, intervals: [500] }).toBe(200);
      await page.goto("/sign-up");
      await relay.cut();
      const email = uniqueEmail("outage");
      await page.getByLabel("Name").fill("Outage Olivia");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("a long enough password");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByText(/temporarily unavailable|Nothing was saved/i).first()).toBeVisible({ timeout: 20_000 });
      await expect(page.getByLabel("Name")).toHaveValue("Outage Olivia");

      await relay.restore();
      await expect
        .poll(async () => (await page.request.get("/sign-in")).status(), { timeout: 20_000, intervals: [500] })
        .toBe(200);
      expect(await db.user.count({ where: { email } })).toBe(0);
    } finally {
      await context.close();
      await app.stop();
      await relay.stop();
    }
  });
});
