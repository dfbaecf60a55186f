import { setTimeout as sleep } from "node:timers/promises";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { addMember } from "@/lib/memberships/add-member";
import { removeMember } from "@/lib/memberships/remove-member";
import { makePartnership, makeUser, membershipId, setRole, type TestUser } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";

/** Timestamps are kept to the millisecond: a pause keeps what happens after a session's end after it. */
async function holdSession(facilitatorId: string, partnershipId: string) {
  await sleep(20);
  await startKickoff(facilitatorId, partnershipId);
  await endKickoff(facilitatorId, partnershipId);
  await sleep(20);
}

async function join(partnershipId: string, user: TestUser, organisation = "") {
  await db.$transaction((tx) => addMember(tx, { partnershipId, userId: user.id, organisation }));
}

function section(page: Page, heading: string) {
  return page.getByRole("region", { name: heading });
}

test.describe("since the last session", () => {
  test("a member follows the link from the view and sees who joined, the need whose coverage changed, and the sessions' table", async ({ page }) => {
    const facilitator = await makeUser({ name: "Anneke Visser" });
    const bram = await makeUser({ name: "Bram Jansen" });
    const fatima = await makeUser({ name: "Fatima El Amrani" });
    const partnership = await makePartnership({ facilitator, needs: ["Funding", "Land for water"], members: [{ user: bram }] });
    await setRole(await membershipId(bram.id, partnership.id), { alignment: 4, needIds: [partnership.needs[0]!.id] });
    const base = `/partnerships/${partnership.id}`;

    // Before any session ended, the page says so.
    await signIn(page, bram);
    await page.goto(`${base}/since-last-session`);
    await expect(page.getByRole("heading", { level: 1, name: "Since the last session" })).toBeVisible();
    await expect(page.getByText("No session has ended yet.")).toBeVisible();

    // The kickoff is held and ends; then Fatima joins and Bram takes up "Land for water".
    await holdSession(facilitator.id, partnership.id);
    await join(partnership.id, fatima, "Waterschap Rivierenland");
    await page.goto(`${base}/role`);
    await page.getByRole("checkbox", { name: "I contribute to: Land for water" }).check();
    await page.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByText("Saved")).toBeVisible();

    await page.goto(base);
    await page.getByRole("link", { name: "Since the last session" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/since-last-session$`));
    await expect(page.getByRole("heading", { level: 1, name: "Since the last session" })).toBeVisible();
    await expect(page.getByText(/Compared with the end of Kickoff \(session 1\)/)).toBeVisible();

    const members = section(page, "Members");
    await expect(members.getByRole("listitem")).toHaveCount(1);
    await expect(members.getByRole("listitem")).toContainText("Fatima El Amrani");
    await expect(members.getByRole("listitem")).toContainText("Waterschap Rivierenland");
    await expect(members.getByText("No one left.")).toBeVisible();

    const needs = page.getByRole("table", { name: "Needs whose coverage changed since the last session" });
    await expect(needs.getByRole("row")).toHaveCount(2);
    const land = needs.getByRole("row", { name: /Land for water/ });
    await expect(land.getByRole("cell")).toHaveText([/No one yet$/, /Rests on one person$/]);

    const chart = page.getByRole("table", { name: "Needs coverage and average alignment per session" });
    await expect(chart.getByRole("row")).toHaveCount(2);
    await expect(chart.getByRole("row").nth(1)).toContainText("1. Kickoff");
    await expect(chart.getByRole("row").nth(1)).toContainText("1 of 2");
    await expect(chart.getByRole("row").nth(1)).toContainText("4 of 5");
    await expect(page.getByRole("img", { name: /Chart of needs coverage and average alignment per session/ })).toBeVisible();

    // The Sessions page links the last held session to the same page.
    await page.goto(`${base}/sessions`);
    await page.getByRole("link", { name: "What changed since this session" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Since the last session" })).toBeVisible();
  });

  test("a removed member gets nothing", async ({ page }) => {
    const member = await makeUser({ name: "Mila Mol" });
    const partnership = await makePartnership({ members: [{ user: member }] });
    await holdSession(partnership.facilitator.id, partnership.id);
    await signIn(page, member);
    await page.goto(`/partnerships/${partnership.id}/since-last-session`);
    await expect(page.getByRole("heading", { level: 1, name: "Since the last session" })).toBeVisible();
    await removeMember(partnership.facilitator.id, partnership.id, await membershipId(member.id, partnership.id));
    const reply = await page.goto(`/partnerships/${partnership.id}/since-last-session`);
    expect(reply?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Since the last session" })).toHaveCount(0);
  });

  test("with a few sessions of data, the page fits a phone and a desktop", async ({ page }) => {
    const facilitator = await makeUser({ name: "Anneke Visser" });
    const people = await Promise.all(["Bram Jansen", "Fatima El Amrani", "Joost van der Meulen-Hoogeveen", "Lotte de Wit"].map((name) => makeUser({ name })));
    const [bram, fatima, joost, lotte] = people as [TestUser, TestUser, TestUser, TestUser];
    const partnership = await makePartnership({
      facilitator,
      name: "Klimaatpact Rivierenland",
      needs: ["Funding for the first three pilot projects along the river", "Land for water", "Data on groundwater", "Volunteers"],
      members: [{ user: bram, organisation: "Gemeente Tiel" }, { user: fatima }],
    });
    const [funding, land, data, volunteers] = partnership.needs.map((need) => need.id) as [string, string, string, string];
    const roleOf = async (user: TestUser) => membershipId(user.id, partnership.id);
    await setRole(await roleOf(bram), { alignment: 3, needIds: [funding] });
    await holdSession(facilitator.id, partnership.id);
    await setRole(await roleOf(fatima), { alignment: 4, needIds: [land, data] });
    await holdSession(facilitator.id, partnership.id);
    await join(partnership.id, joost, "Waterschap Rivierenland");
    await setRole(await roleOf(joost), { alignment: 5, needIds: [land, volunteers] });
    await holdSession(facilitator.id, partnership.id);
    await join(partnership.id, lotte, "Natuurmonumenten");
    await removeMember(facilitator.id, partnership.id, await roleOf(fatima));
    await setRole(await roleOf(bram), { alignment: 4, needIds: [funding, data] });

    await signIn(page, bram);
    for (const [name, size] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`/partnerships/${partnership.id}/since-last-session`);
      await expect(page.getByText(/Compared with the end of Kickoff \(session 3\)/)).toBeVisible();
      await expect(section(page, "Members")).toContainText("Lotte de Wit");
      await expect(section(page, "Members")).toContainText("Fatima El Amrani");
      await expect(page.getByRole("table", { name: "Needs coverage and average alignment per session" }).getByRole("row")).toHaveCount(4);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name}: no sideways scrolling`).toBe(true);
      await page.screenshot({ path: test.info().outputPath(`since-last-session-${name}.png`), fullPage: true });
    }
  });
});
