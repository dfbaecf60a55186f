import { makePartnership } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";

test.describe("my role here", () => {
  test("a member describes their unique role and the needs they contribute to", async ({ page, user }) => {
    const partnership = await makePartnership({ needs: ["Data on water levels", "Trust of residents", "Co-funding"], members: [{ user }] });
    await signIn(page, user);
    await page.goto(`/partnerships/${partnership.id}`);
    await page.getByRole("link", { name: "My role here" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My role here" })).toBeVisible();

    await page.getByLabel("Organisation").fill("Waterschap Rivierenland");
    await page.getByLabel("My unique role").fill("Translating flood models into stories residents understand.");
    await page.getByLabel("How my mission relates to our goal").fill("Close: my mission is this goal for one river.");
    await expect(page.getByLabel("Alignment")).toHaveAccessibleDescription(/1 means far apart, 5 means fully aligned/);
    await page.getByLabel("Alignment").selectOption("4");
    await page.getByRole("checkbox", { name: "I contribute to: Data on water levels" }).check();
    await page.getByLabel("Note for Data on water levels").fill("Sensor network along the Waal");
    await page.getByRole("checkbox", { name: "I contribute to: Trust of residents" }).check();
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "I contribute to: Data on water levels" })).toBeChecked();

    await page.reload();
    await expect(page.getByLabel("Organisation")).toHaveValue("Waterschap Rivierenland");
    await expect(page.getByLabel("Alignment")).toHaveValue("4");
    await expect(page.getByRole("checkbox", { name: "I contribute to: Data on water levels" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "I contribute to: Trust of residents" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "I contribute to: Co-funding" })).not.toBeChecked();
    await expect(page.getByLabel("Note for Data on water levels")).toHaveValue("Sensor network along the Waal");

    // Unticking a need removes the contribution.
    await page.getByRole("checkbox", { name: "I contribute to: Trust of residents" }).uncheck();
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();

    await page.getByRole("link", { name: "See how my member page looks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
    const role = page.getByRole("region", { name: "Role in this partnership" });
    await expect(role).toContainText("Translating flood models into stories residents understand.");
    await expect(role).toContainText("Data on water levels — Sensor network along the Waal");
    await expect(role).not.toContainText("Trust of residents");
    await expect(role).toContainText("4 of 5");
  });

  test("a long note for a need is refused next to it, keeping what was typed", async ({ page, user }) => {
    const partnership = await makePartnership({ needs: ["Funding"], members: [{ user }] });
    await signIn(page, user);
    await page.goto(`/partnerships/${partnership.id}/role`);
    await page.getByLabel("My unique role").fill("Budget holder");
    await page.getByRole("checkbox", { name: "I contribute to: Funding" }).check();
    await page.getByLabel("Note for Funding").fill("x".repeat(2001));
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByLabel("Note for Funding")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/2,000 characters at most/)).toBeVisible();
    await expect(page.getByLabel("My unique role")).toHaveValue("Budget holder");
    await expect(page.getByRole("checkbox", { name: "I contribute to: Funding" })).toBeChecked();
  });

  test("someone outside the partnership finds no role page", async ({ page, user }) => {
    const partnership = await makePartnership({ needs: ["Funding"] });
    await signIn(page, user);
    const response = await page.goto(`/partnerships/${partnership.id}/role`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("checkbox")).toHaveCount(0);
  });
});
