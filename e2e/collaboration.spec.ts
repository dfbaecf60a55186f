import { randomUUID } from "node:crypto";
import { makePartnership, makeUser, membershipId, setAnswers, setRole } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";

async function partnershipWithMissions() {
  const olga = await makeUser({ name: "Olga Waterschap" });
  const piet = await makeUser({ name: "Piet Gemeente" });
  const secret = `FACILITATORS-ONLY-${randomUUID()}`;
  const partnership = await makePartnership({
    needs: ["Funding", "Data", "Political backing"],
    members: [
      { user: olga, organisation: "Waterschap Rivierenland" },
      { user: piet, organisation: "Gemeente Tiel" },
    ],
  });
  await setAnswers(olga.id, { statement: secret, valuesNorms: "Trust" }, { statement: "FACILITATORS" }, { valueTags: ["trust", "safety"] });
  await setAnswers(piet.id, { statement: "Green streets for everyone" }, {}, { valueTags: ["trust"], skillTags: ["design"] });
  const [funding, data] = partnership.needs;
  await setRole(await membershipId(olga.id, partnership.id), { uniqueRole: "Water know-how", alignment: 4, needIds: [funding!.id, data!.id] });
  await setRole(await membershipId(piet.id, partnership.id), { uniqueRole: "Streets and squares", alignment: 3, needIds: [funding!.id] });
  return { partnership, olga, piet, secret };
}

test.describe("collaboration view", () => {
  test("a facilitator sees the goal, every member, the gaps and the shared ground", async ({ page }) => {
    const { partnership, secret } = await partnershipWithMissions();
    await signIn(page, partnership.facilitator);
    await page.goto(`/partnerships/${partnership.id}`);

    await expect(page.getByRole("heading", { level: 1, name: partnership.name })).toBeVisible();
    await expect(page.getByRole("region", { name: "Common goal" })).toContainText("climate-adaptive river region");

    const olga = page.getByRole("article", { name: "Olga Waterschap" });
    await expect(olga).toContainText(secret);
    await expect(olga).toContainText("Water know-how");
    await expect(page.getByRole("article")).toHaveCount(3);

    const shared = page.getByRole("region", { name: "Shared ground" });
    await expect(shared.getByRole("listitem").filter({ hasText: "trust" }).first()).toContainText("×2");
    await expect(page.getByText("Showing 1–3 of 3 members")).toBeVisible();

    // The matrix and the map have pages of their own, linked from the view.
    await page.getByRole("link", { name: "Needs and contributions" }).click();
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnership.id}/needs$`));
    const matrix = page.getByRole("table", { name: "Needs and contributions" });
    await expect(matrix.getByRole("row", { name: /Political backing/ })).toContainText("No one yet");
    await expect(matrix.getByRole("row", { name: /^Data/ })).toContainText("Rests on one person");
    await expect(matrix.getByRole("row", { name: /^Data/ }).getByRole("cell", { name: /^Contributes/ })).toHaveCount(1);
    await expect(matrix.getByRole("columnheader", { name: "Piet Gemeente" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the overview" }).click();

    await page.getByRole("link", { name: "Map of missions around the goal" }).click();
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnership.id}/map$`));
    await expect(page.getByRole("img", { name: /Map of 3 members/ })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Olga Waterschap: 4 of 5; contributes to Funding and Data" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the overview" }).click();

    await page.getByRole("link", { name: "All values and skills, with who holds them" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Shared ground" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "safety" })).toContainText("Olga Waterschap");
    await page.getByRole("link", { name: "Back to the overview" }).click();

    // The handout prints the whole partnership: every member in full, the matrix and the map.
    await page.getByRole("link", { name: "Print handout" }).click();
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnership.id}/handout$`));
    await expect(page.getByRole("article")).toHaveCount(3);
    await expect(page.getByRole("article", { name: "Olga Waterschap" })).toContainText(secret);
    await expect(page.getByRole("table", { name: "Needs and contributions" }).getByRole("columnheader")).toHaveCount(5);
    await expect(page.getByRole("region", { name: "Shared ground" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Map of 3 members/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print handout" })).toBeVisible();
  });

  test("a member does not get a mission statement shared with facilitators only, in the page or its payload", async ({ page }) => {
    const { partnership, piet, secret } = await partnershipWithMissions();
    await signIn(page, piet);
    await page.goto(`/partnerships/${partnership.id}`);
    const olga = page.getByRole("article", { name: "Olga Waterschap" });
    await expect(olga).toContainText("Not shared with you");
    await expect(page.getByRole("article", { name: "Piet Gemeente" })).toContainText("Green streets for everyone");

    // The view and each of its detail pages, as HTML and as the RSC payload.
    for (const suffix of ["", "/needs", "/map", "/shared-ground", "/handout"]) {
      const url = `/partnerships/${partnership.id}${suffix}`;
      const html = await (await page.request.get(url)).text();
      const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
      if (suffix === "" || suffix === "/handout") {
        expect(html, url).toContain("Green streets for everyone");
        expect(rsc, url).toContain("Green streets for everyone");
      }
      expect(html, url).not.toContain(secret);
      expect(rsc, url).not.toContain(secret);
    }
  });

  test("a long mission statement is cut short on the server; the member's page has all of it", async ({ page }) => {
    const { partnership, piet } = await partnershipWithMissions();
    const tail = `TAIL-${randomUUID()}`;
    await setAnswers(piet.id, { statement: `${"Green streets and shady squares for everyone in town. ".repeat(6)}${tail}` });
    await signIn(page, piet);
    const html = await (await page.request.get(`/partnerships/${partnership.id}`)).text();
    const rsc = await (await page.request.get(`/partnerships/${partnership.id}`, { headers: { RSC: "1" } })).text();
    expect(html).not.toContain(tail);
    expect(rsc).not.toContain(tail);
    await page.goto(`/partnerships/${partnership.id}`);
    const card = page.getByRole("article", { name: "Piet Gemeente" });
    await expect(card).toContainText("Green streets and shady squares");
    await expect(card).toContainText("…");
    await card.getByRole("link", { name: "Piet Gemeente" }).click();
    await expect(page.getByText(tail)).toBeVisible();
  });

  test("filters narrow the members and the matrix's columns", async ({ page }) => {
    const { partnership, piet } = await partnershipWithMissions();
    await signIn(page, piet);
    await page.goto(`/partnerships/${partnership.id}`);
    await page.getByLabel("Organisation").selectOption("Gemeente Tiel");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/organisation=Gemeente/);
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("article", { name: "Piet Gemeente" })).toBeVisible();
    await expect(page.getByText("Showing 1–1 of 1 member (filtered from 3)")).toBeVisible();
    // The filters carry over to the matrix, whose columns they narrow.
    await page.getByRole("link", { name: "Needs and contributions" }).click();
    await expect(page).toHaveURL(/\/needs\?organisation=Gemeente/);
    const matrix = page.getByRole("table", { name: "Needs and contributions" });
    await expect(matrix.getByRole("columnheader", { name: "Piet Gemeente" })).toBeVisible();
    await expect(matrix.getByRole("columnheader", { name: "Olga Waterschap" })).toHaveCount(0);
    await page.getByRole("link", { name: "Back to the overview" }).click();
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnership.id}\\?organisation=Gemeente`));
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.getByRole("article")).toHaveCount(3);
  });

  test("members come in pages of 24, with a count, pager links and a search that work without JavaScript", async ({ page: signInPage, browser, baseURL }) => {
    const people = await Promise.all(Array.from({ length: 29 }, (_, i) => makeUser({ name: `Partner ${String(i + 1).padStart(2, "0")}` })));
    const hydrologist = await makeUser({ name: "Hanna Hydroloog" });
    const partnership = await makePartnership({ members: [...people.map((user) => ({ user })), { user: hydrologist, organisation: "Deltares" }] });
    await setRole(await membershipId(hydrologist.id, partnership.id), { uniqueRole: "Reads the river" });
    await signIn(signInPage, hydrologist);
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await signInPage.context().storageState() });
    const page = await context.newPage();
    await page.goto(`/partnerships/${partnership.id}`);

    await expect(page.getByText("Showing 1–24 of 31 members")).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(24);
    const pager = page.getByRole("navigation", { name: "Pages of members" });
    await expect(pager).toContainText("Page 1 of 2");
    await expect(pager.getByRole("link", { name: "Previous" })).toHaveCount(0);
    await pager.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(page.getByText("Showing 25–31 of 31 members")).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(7);
    await pager.getByRole("link", { name: "Previous" }).click();
    await expect(page.getByText("Showing 1–24 of 31 members")).toBeVisible();

    const search = page.getByRole("searchbox", { name: "Search members" });
    await search.fill("river deltares");
    await search.press("Enter");
    await expect(page).toHaveURL(/[?&]q=river\+deltares/);
    await expect(page.getByText("Showing 1–1 of 1 member (filtered from 31)")).toBeVisible();
    await expect(page.getByRole("article", { name: "Hanna Hydroloog" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Pages of members" })).toHaveCount(0);
    await page.getByRole("article", { name: "Hanna Hydroloog" }).getByRole("link", { name: "Hanna Hydroloog" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hanna Hydroloog" })).toBeVisible();
    await context.close();
  });

  test("someone outside the partnership gets not found, a signed-out visitor is sent to sign in", async ({ page }) => {
    const { partnership } = await partnershipWithMissions();
    const outsider = await makeUser();
    const anonymous = await page.request.get(`/partnerships/${partnership.id}`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers().location).toContain(`/sign-in?callbackUrl=${encodeURIComponent(`/partnerships/${partnership.id}`)}`);

    await signIn(page, outsider);
    for (const suffix of ["", "/needs", "/map", "/shared-ground", "/handout"]) {
      const response = await page.goto(`/partnerships/${partnership.id}${suffix}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByText(partnership.name)).toHaveCount(0);
    }
  });
});
