import { readFile } from "node:fs/promises";
import { makePartnership, makeUser, membershipId, setAnswers, setRole } from "@/lib/testing/factories";
import { addContribution } from "@/lib/testing/role-factories";
import { expect, signIn, test } from "./fixtures";
import { viewerPage } from "./viewers";

test.describe("data rights", () => {
  test("a user downloads all of their own data, without a password hash", async ({ page }) => {
    const me = await makeUser({ name: "Mirjam de Boer" });
    const other = await makeUser({ name: "Other Person" });
    const partnership = await makePartnership({ name: "Delta Alliantie", needs: ["Funding"], members: [{ user: me }, { user: other }] });
    const tag = `M${Date.now().toString(36)}`;
    await setAnswers(me.id, { fears: `${tag}-my-fear`, statement: `${tag}-my-mission` }, { fears: "ONLY_ME" });
    await setAnswers(other.id, { origin: `${tag}-their-origin` });
    await setRole(await membershipId(me.id, partnership.id), { uniqueRole: `${tag}-my-role`, alignment: 4 });
    await addContribution(me.id, partnership.id, partnership.needs[0]!.id, `${tag}-my-contribution`);

    await signIn(page, me);
    await page.goto("/profile");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download my data" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^samenspel-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await file.path()) ?? "", "utf8");
    const data = JSON.parse(text) as { account: { email: string; name: string } };
    expect(data.account).toMatchObject({ email: me.email, name: "Mirjam de Boer" });
    for (const mine of ["my-fear", "my-mission", "my-role", "my-contribution"]) expect(text).toContain(`${tag}-${mine}`);
    expect(text).toContain("Delta Alliantie");
    expect(text).not.toContain(`${tag}-their-origin`);
    expect(text).not.toMatch(/passwordHash|\$argon2|correct horse battery/);

    const signedOut = await page.context().browser()!.newContext();
    expect((await signedOut.request.get(new URL("/api/me/export", page.url()).toString())).status()).toBe(401);
    await signedOut.close();
  });

  test("a facilitator deletes their account; they cannot sign in, and the partnership keeps a facilitator", async ({ page, browser, baseURL }) => {
    const leaving = await makeUser({ name: "Leaving Lotte" });
    const first = await makeUser({ name: "First Member" });
    const second = await makeUser({ name: "Second Member" });
    const partnership = await makePartnership({ name: "Stadslab", facilitator: leaving, members: [{ user: first }, { user: second }] });

    await signIn(page, leaving);
    const elsewhere = await viewerPage(browser, baseURL, leaving);
    await page.goto("/profile");
    await page.getByRole("button", { name: "Delete my account" }).click();
    // The account's password confirms it; its email address does not.
    await page.getByLabel("Type your password to confirm").fill(leaving.email);
    await page.getByRole("button", { name: "Yes, delete my account" }).click();
    await expect(page.locator("#password-error")).toHaveText(/not the password of your account/);

    await page.getByLabel("Type your password to confirm").fill(leaving.password);
    await page.getByRole("button", { name: "Yes, delete my account" }).click();
    await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
    expect((await page.context().cookies()).filter((cookie) => cookie.name.includes("session-token"))).toEqual([]);

    // Still signed in on another computer: that session no longer counts, and sign-in is offered.
    await elsewhere.goto("/profile");
    await expect(elsewhere).toHaveURL(/\/sign-in\?callbackUrl=%2Fprofile$/);
    await expect(elsewhere.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(elsewhere.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await elsewhere.context().close();

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(leaving.email);
    await page.getByLabel("Password").fill(leaving.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();

    // The longest-standing member now facilitates the partnership.
    await signIn(page, first);
    await page.goto(`/partnerships/${partnership.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Stadslab" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Start kickoff" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Report and exports" })).toBeVisible();
  });
});
