import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { makePartnership, makeUser, membershipId, setAnswers } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { openAs } from "./people";

test.describe("earlier versions of my answers", () => {
  test("the owner reads and restores an earlier text; a partner only ever receives the current one", async ({ page, browser }) => {
    const owner = await makeUser({ name: "Sanne de Wit" });
    const partner = await makeUser();
    const partnership = await makePartnership({ members: [{ user: owner }, { user: partner }] });
    const first = `Grew up in Deventer ${Date.now()}`;
    const second = `Grew up in Zwolle ${Date.now()}`;

    await signIn(page, owner);
    await page.goto("/profile");
    const origin = page.getByLabel("Origin and background", { exact: true });
    await origin.fill(first);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await origin.fill(second);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();

    await page.getByRole("link", { name: "Earlier versions of your answers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Earlier versions of your answers" })).toBeVisible();
    const section = page.getByRole("region", { name: "Origin and background" });
    await expect(section.getByText(first)).toBeVisible();
    // The current text is on the profile, not among the earlier versions.
    await expect(page.getByText(second)).toHaveCount(0);

    // A partner reads the current text on the owner's member page; the earlier one never reaches them.
    const partnerPage = await openAs(browser, partner);
    const memberPage = `/partnerships/${partnership.id}/members/${await membershipId(owner.id, partnership.id)}`;
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const body = await (await partnerPage.request.get(memberPage, { headers })).text();
      expect(body).toContain(second);
      expect(body).not.toContain(first);
    }
    expect(await (await partnerPage.request.get("/profile/history")).text()).not.toContain(first);

    await section.getByRole("button", { name: /^Restore the Origin and background text saved / }).click();
    await expect(page.getByRole("status").filter({ hasText: "Restored: Origin and background" })).toBeVisible();
    // Now the text it replaced is the earlier version.
    await expect(page.getByRole("region", { name: "Origin and background" }).getByText(second)).toBeVisible();
    await page.getByRole("link", { name: "Back to My profile" }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole("textbox", { name: "Origin and background", exact: true })).toHaveValue(first);

    await partnerPage.goto(memberPage);
    await expect(partnerPage.getByText(first)).toBeVisible();
    await expect(partnerPage.getByText(second)).toHaveCount(0);
    await partnerPage.context().close();
  });

  test("with nothing changed yet, the page says where earlier texts will appear", async ({ signedInPage: page }) => {
    await page.goto("/profile/history");
    await expect(page.getByText("None yet: once you change an answer, its earlier text appears here.")).toBeVisible();
  });

  test("after a session, a partner sees which of the answers they may read changed since, and nothing of the others", async ({ page, browser }) => {
    const owner = await makeUser({ name: "Sanne de Wit" });
    const partner = await makeUser();
    const partnership = await makePartnership({ members: [{ user: owner }, { user: partner }] });
    await setAnswers(owner.id, { origin: "Deventer", valuesNorms: "Trust", fears: "Silence" }, { origin: "PARTNERS", valuesNorms: "PARTNERS", fears: "ONLY_ME" });
    await startKickoff(partnership.facilitator.id, partnership.id);
    await endKickoff(partnership.facilitator.id, partnership.id);

    await signIn(page, owner);
    await page.goto("/profile");
    await page.getByRole("textbox", { name: "Origin and background", exact: true }).fill("Deventer, then Zwolle");
    await page.getByRole("textbox", { name: "Fears and inhibitions", exact: true }).fill("Speaking first");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();

    const partnerPage = await openAs(browser, partner);
    await partnerPage.goto(`/partnerships/${partnership.id}/members/${await membershipId(owner.id, partnership.id)}`);
    const origin = partnerPage.getByRole("term").filter({ hasText: "Origin and background" });
    await expect(origin).toContainText("Changed since the last session");
    await expect(partnerPage.getByRole("term").filter({ hasText: "Values and norms" })).not.toContainText("Changed since the last session");
    await expect(partnerPage.getByText("Changed since the last session")).toHaveCount(1);
    await partnerPage.context().close();
  });
});
