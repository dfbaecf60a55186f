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

    const matrix = page.getByRole("table", { name: "Needs and contributions" });
    await expect(matrix.getByRole("row", { name: /Political backing/ })).toContainText("No one yet");
    await expect(matrix.getByRole("row", { name: /^Data/ })).toContainText("Rests on one person");
    await expect(matrix.getByRole("columnheader", { name: "Piet Gemeente" })).toBeVisible();

    const shared = page.getByRole("region", { name: "Shared ground" });
    await expect(shared.getByRole("listitem").filter({ hasText: "trust" }).first()).toContainText("×2");

    await expect(page.getByRole("img", { name: /Map of 3 members/ })).toBeVisible();
  });

  test("a member does not get a mission statement shared with facilitators only, in the page or its payload", async ({ page }) => {
    const { partnership, piet, secret } = await partnershipWithMissions();
    await signIn(page, piet);
    await page.goto(`/partnerships/${partnership.id}`);
    const olga = page.getByRole("article", { name: "Olga Waterschap" });
    await expect(olga).toContainText("Not shared with you");
    await expect(page.getByRole("article", { name: "Piet Gemeente" })).toContainText("Green streets for everyone");

    const html = await (await page.request.get(`/partnerships/${partnership.id}`)).text();
    const rsc = await (await page.request.get(`/partnerships/${partnership.id}`, { headers: { RSC: "1" } })).text();
    expect(html).toContain("Green streets for everyone");
    expect(rsc).toContain("Green streets for everyone");
    expect(html).not.toContain(secret);
    expect(rsc).not.toContain(secret);
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
    await expect(page.getByRole("table", { name: "Needs and contributions" }).getByRole("columnheader", { name: "Olga Waterschap" })).toHaveCount(0);
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.getByRole("article")).toHaveCount(3);
  });

  test("someone outside the partnership gets not found, a signed-out visitor is sent to sign in", async ({ page }) => {
    const { partnership } = await partnershipWithMissions();
    const outsider = await makeUser();
    const anonymous = await page.request.get(`/partnerships/${partnership.id}`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers().location).toContain(`/sign-in?callbackUrl=${encodeURIComponent(`/partnerships/${partnership.id}`)}`);

    await signIn(page, outsider);
    const response = await page.goto(`/partnerships/${partnership.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText(partnership.name)).toHaveCount(0);
  });
});
