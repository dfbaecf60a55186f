import { randomUUID } from "node:crypto";
import { makeUser } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { startAppServer } from "./support/app-server";

test.describe("server logs", () => {
  test("record security events as structured lines without passwords, tokens or profile text", async ({ browser }) => {
    test.setTimeout(90_000);
    const user = await makeUser();
    const wrongPassword = `Wrong-${randomUUID()}`;
    const secretFear = `SECRET-FEAR-${randomUUID()}`;
    const app = await startAppServer({ LOG_LEVEL: "info" });
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    try {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(wrongPassword);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByText("Email or password is incorrect.")).toBeVisible();

      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

      await page.goto("/profile");
      await page.getByRole("textbox", { name: "Fears and inhibitions" }).fill(secretFear);
      await page.getByRole("button", { name: "Save profile" }).click();
      await expect(page.getByText("Saved").first()).toBeVisible();

      const lines = app
        .logs()
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as { event?: string; level?: string });
      const events = lines.map((line) => line.event);
      expect(events).toContain("security.sign_in.failed");
      expect(events).toContain("sign_in.succeeded");
      expect(lines.every((line) => typeof line.level === "string")).toBe(true);

      const everything = app.logs();
      expect(everything).not.toContain(wrongPassword);
      expect(everything).not.toContain(user.password);
      expect(everything).not.toContain(secretFear);
      expect(everything).not.toMatch(/session-token=/);
    } finally {
      await context.close();
      await app.stop();
    }
  });
});
