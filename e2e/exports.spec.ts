import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
import { addAgreement } from "@/lib/agreements/add-agreement";
import { ANSWER_FIELDS } from "@/lib/leadership/fields";
import { makePartnership, makeUser, membershipId, setAnswers, setRole, type TestUser } from "@/lib/testing/factories";
import { addContribution } from "@/lib/testing/role-factories";
import { expect, signIn, test } from "./fixtures";

type Visibility = "ONLY_ME" | "FACILITATORS" | "PARTNERS";

/** Gives every answer of a user a marker naming its owner, field and visibility. */
async function markAnswers(user: TestUser, label: string, visibility: Visibility) {
  await setAnswers(
    user.id,
    Object.fromEntries(ANSWER_FIELDS.map((field) => [field, `${label}-${field}-${visibility}`])),
    Object.fromEntries(ANSWER_FIELDS.map((field) => [field, visibility])),
  );
}

/** What each export may and may not contain, by marker. */
function expectFacilitatorView(text: string, tag: string) {
  for (const field of ANSWER_FIELDS) {
    expect(text).toContain(`${tag}OPEN-${field}-PARTNERS`);
    expect(text).toContain(`${tag}CAREFUL-${field}-FACILITATORS`);
    expect(text).not.toContain(`${tag}PRIVATE-${field}-ONLY_ME`);
    expect(text).not.toContain(`${tag}FACIL-${field}-ONLY_ME`);
  }
}

async function downloaded(download: Download) {
  return readFile((await download.path()) ?? "", "utf8");
}

async function setup() {
  const tag = `X${Date.now().toString(36)}`;
  const facilitator = await makeUser({ name: "Anneke Visser" });
  const open = await makeUser({ name: "Open Olaf" });
  const careful = await makeUser({ name: "Careful Carla" });
  const privateMember = await makeUser({ name: "=Private Pim" });
  const partnership = await makePartnership({
    name: "Klimaat, Rivierenland",
    facilitator,
    needs: ["Funding", "Local knowledge", "Data"],
    members: [{ user: open }, { user: careful }, { user: privateMember }],
  });
  await markAnswers(open, `${tag}OPEN`, "PARTNERS");
  await markAnswers(careful, `${tag}CAREFUL`, "FACILITATORS");
  await markAnswers(privateMember, `${tag}PRIVATE`, "ONLY_ME");
  await markAnswers(facilitator, `${tag}FACIL`, "ONLY_ME");
  const [funding, local] = partnership.needs;
  await addContribution(open.id, partnership.id, funding!.id, "Knows the funds, all of them");
  await addContribution(careful.id, partnership.id, funding!.id);
  await addContribution(careful.id, partnership.id, local!.id, "=1+1");
  await setRole(await membershipId(open.id, partnership.id), { uniqueRole: "Bridge builder", missionRelation: "Close", alignment: 5 });
  await addAgreement(facilitator.id, partnership.id, "We meet every month");
  return { tag, facilitator, open, partnership };
}

test.describe("report and exports", () => {
  test("a facilitator prints a report and downloads the matrix and the partnership, without hidden answers", async ({ page }) => {
    const { tag, facilitator, partnership } = await setup();
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${partnership.id}`);
    await page.getByRole("link", { name: "Report and exports" }).click();
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnership.id}/report$`));

    await expect(page.getByRole("heading", { level: 1, name: "Klimaat, Rivierenland" })).toBeVisible();
    // What the report page itself sends, not what the page before it left in the document.
    await page.reload();
    for (const heading of ["Common goal", "Desired impact", "Needs coverage", "Members and their missions", "Agreements"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByRole("table", { name: "Needs and contributors" })).toBeVisible();
    await expect(page.getByRole("row", { name: /Data Gap No one yet/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /Local knowledge One person Careful Carla/ })).toBeVisible();
    await expect(page.getByText("We meet every month")).toBeVisible();
    await expect(page.getByText(`${tag}OPEN-statement-PARTNERS`)).toBeVisible();
    await expect(page.getByText(`${tag}CAREFUL-statement-FACILITATORS`)).toBeVisible();
    const html = await page.content();
    expect(html).not.toContain(`${tag}PRIVATE`);
    expect(html).not.toContain(`${tag}FACIL-`);

    // On paper: no site header, tabs or buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print report" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Partnership sections" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 2, name: "Needs coverage" })).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    const csvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Contributions matrix (CSV)" }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toBe("klimaat-rivierenland-contributions.csv");
    const csv = await downloaded(csvFile);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("Need,Coverage,Contributors,Anneke Visser,Open Olaf,Careful Carla,'=Private Pim");
    expect(lines[1]).toBe('Funding,Shared,2,,"Knows the funds, all of them",yes,');
    expect(lines[2]).toBe("Local knowledge,One person,1,,,'=1+1,");
    expect(lines[3]).toBe("Data,Gap,0,,,,");
    expect(csv).not.toContain(tag);

    const jsonDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Partnership (JSON)" }).click();
    const jsonFile = await jsonDownload;
    expect(jsonFile.suggestedFilename()).toBe("klimaat-rivierenland.json");
    const json = await downloaded(jsonFile);
    const document = JSON.parse(json) as { partnership: { name: string }; agreements: { text: string }[] };
    expect(document.partnership.name).toBe("Klimaat, Rivierenland");
    expect(document.agreements.map((agreement) => agreement.text)).toEqual(["We meet every month"]);
    expectFacilitatorView(json, tag);
    expect(json).not.toMatch(/passwordHash|argon2|@test\.samenspel\.nl/);
  });

  test("members, strangers and visitors get no export", async ({ page }) => {
    const { tag, open, partnership } = await setup();
    const exports = [`/partnerships/${partnership.id}/export/contributions.csv`, `/partnerships/${partnership.id}/export/partnership.json`];

    for (const url of exports) {
      const response = await page.request.get(url);
      expect(response.status()).toBe(401);
      expect(await response.text()).not.toContain(tag);
    }

    await signIn(page, open);
    for (const url of exports) {
      const response = await page.request.get(url);
      expect(response.status()).toBe(403);
      expect(await response.text()).not.toContain(tag);
    }
    await page.goto(`/partnerships/${partnership.id}`);
    await expect(page.getByRole("link", { name: "Report and exports" })).toHaveCount(0);
    const report = await page.goto(`/partnerships/${partnership.id}/report`);
    expect(report?.status()).toBe(404);
    expect(await page.content()).not.toContain(tag);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await signIn(page, await makeUser());
    for (const url of [...exports, `/partnerships/${partnership.id}/report`]) {
      const response = await page.request.get(url);
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain(tag);
    }
  });
});
