import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makePartnership, makeUser, membershipId, setAnswers } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { viewerPage } from "./viewers";

// A reveal shares what was shown, for as long as the owner means: checked in what the server
// sends (HTML and RSC payload) as a partnership lives on after its kickoff.

/** The page as HTML and as the RSC payload the client router asks for, in one string. */
async function sent(page: Page, url: string) {
  const html = await page.request.get(url);
  const rsc = await page.request.get(url, { headers: { RSC: "1" } });
  return `${await html.text()}\n${await rsc.text()}`;
}

async function kickoffWithOwner() {
  const run = randomUUID().slice(0, 8);
  const [owner, facilitator, partner] = await Promise.all([
    makeUser({ name: `Bram ${run}` }),
    makeUser({ name: `Anna ${run}` }),
    makeUser({ name: `Fatima ${run}` }),
  ]);
  const partnership = await makePartnership({ facilitator, members: [{ user: owner }, { user: partner }] });
  const first = `Afraid to let the water board down ${run}`;
  const later = `Written weeks later ${run}`;
  await setAnswers(owner.id, { fears: first }, { fears: "ONLY_ME" });
  const memberPage = `/partnerships/${partnership.id}/members/${await membershipId(owner.id, partnership.id)}`;
  return { run, owner, facilitator, partner, partnership, first, later, memberPage, kickoff: `/partnerships/${partnership.id}/kickoff` };
}

/** Anna, the facilitator, starts the kickoff from the collaboration view. */
async function startKickoffAs(browser: Browser, baseURL: string | undefined, w: Awaited<ReturnType<typeof kickoffWithOwner>>) {
  const anna = await viewerPage(browser, baseURL, w.facilitator);
  await anna.goto(`/partnerships/${w.partnership.id}`);
  await anna.getByRole("button", { name: "Start kickoff" }).click();
  await expect(anna.getByRole("heading", { name: "Who am I" })).toBeVisible();
  return anna;
}

async function endKickoff(facilitator: Page, kickoff: string) {
  await facilitator.goto(kickoff);
  facilitator.once("dialog", (dialog) => void dialog.accept());
  await facilitator.getByRole("button", { name: "End kickoff" }).click();
  await expect(facilitator.getByRole("heading", { level: 1, name: "The kickoff has ended" })).toBeVisible();
}

test.describe("privacy over time", () => {
  test("a reveal ends with the kickoff: text written weeks later stays the owner's", async ({ page, browser, baseURL }) => {
    const w = await kickoffWithOwner();
    const anna = await startKickoffAs(browser, baseURL, w);

    await signIn(page, w.owner);
    await page.goto(w.kickoff);
    await page.getByRole("button", { name: "Reveal Fears and inhibitions" }).click();
    await expect(page.getByRole("button", { name: "Hide Fears and inhibitions" })).toBeVisible();

    const fatima = await viewerPage(browser, baseURL, w.partner);
    await fatima.goto(w.memberPage);
    await expect(fatima.getByText(w.first)).toBeVisible();

    await endKickoff(anna, w.kickoff);

    // Weeks later Bram writes new text, still "Only me"; his profile says only he can read it.
    await page.goto("/profile");
    await expect(page.getByRole("region", { name: "Answers you revealed" })).toHaveCount(0);
    await page.getByLabel("Fears and inhibitions", { exact: true }).fill(w.later);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await expect(page.getByText("Visible to: only you").first()).toBeVisible();

    // Fatima opens Bram's member page: neither the new text nor the one shown at the kickoff.
    await fatima.goto(w.memberPage);
    await expect(fatima.getByRole("heading", { level: 1, name: w.owner.name })).toBeVisible();
    await expect(fatima.getByText(w.later)).toHaveCount(0);
    for (const url of [w.memberPage, `/partnerships/${w.partnership.id}`, w.kickoff, `/partnerships/${w.partnership.id}/report`]) {
      for (const viewer of [fatima, anna]) {
        const body = await sent(viewer, url);
        expect.soft(body, `${url}`).not.toContain(w.later);
        expect.soft(body, `${url}`).not.toContain(w.first);
      }
    }
    await Promise.all([anna.context().close(), fatima.context().close()]);
  });

  test("kept shared, the partnership keeps the text as it was revealed, never the new one; the owner hides it from the profile", async ({
    page,
    browser,
    baseURL,
  }) => {
    const w = await kickoffWithOwner();
    const anna = await startKickoffAs(browser, baseURL, w);

    await signIn(page, w.owner);
    await page.goto(w.kickoff);
    await page.getByRole("checkbox", { name: "Keep shared with this partnership after the kickoff: Fears and inhibitions" }).check();
    await page.getByRole("button", { name: "Reveal Fears and inhibitions" }).click();
    await expect(page.getByRole("button", { name: "Hide Fears and inhibitions" })).toBeVisible();
    await expect(page.getByText("Kept shared with this partnership")).toBeVisible();

    await endKickoff(anna, w.kickoff);

    await page.goto("/profile");
    const revealed = page.getByRole("region", { name: "Answers you revealed" });
    await expect(revealed.getByText(`in ${w.partnership.name}, kept shared`)).toBeVisible();
    await expect(page.getByText(`Also shown, as it stood when you revealed it, in: ${w.partnership.name}`)).toBeVisible();
    await page.getByLabel("Fears and inhibitions", { exact: true }).fill(w.later);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();

    const fatima = await viewerPage(browser, baseURL, w.partner);
    await fatima.goto(w.memberPage);
    await expect(fatima.getByText(w.first)).toBeVisible();
    for (const url of [w.memberPage, `/partnerships/${w.partnership.id}`, w.kickoff]) {
      const body = await sent(fatima, url);
      expect.soft(body, url).not.toContain(w.later);
    }

    await revealed.getByRole("button", { name: `Hide Fears and inhibitions in ${w.partnership.name}` }).click();
    await expect(revealed).toHaveCount(0);
    await fatima.reload();
    await expect(fatima.getByRole("heading", { level: 1, name: w.owner.name })).toBeVisible();
    await expect(fatima.getByText(w.first)).toHaveCount(0);
    expect(await db.fieldReveal.count({ where: { userId: w.owner.id } })).toBe(0);
    await Promise.all([anna.context().close(), fatima.context().close()]);
  });

  test("the profile names who can read each answer now", async ({ page }) => {
    const run = randomUUID().slice(0, 8);
    const [owner, anna, piet] = await Promise.all([makeUser({ name: `Olga ${run}` }), makeUser({ name: `Anna ${run}` }), makeUser({ name: `Piet ${run}` })]);
    const partnership = await makePartnership({ name: `Klimaatpact ${run}`, facilitator: anna, members: [{ user: owner }, { user: piet }] });
    await setAnswers(owner.id, { personality: "Calm" }, { personality: "FACILITATORS", origin: "PARTNERS" });

    await signIn(page, owner);
    await page.goto("/profile");
    const personality = page.locator("#personality-visible-to");
    await expect(personality).toContainText(`Facilitators: Anna ${run} (${partnership.name})`);
    await expect(personality).not.toContainText(`Piet ${run}`);
    const origin = page.locator("#origin-visible-to");
    await expect(origin).toContainText("All partners: 2 people");
    await origin.getByText("Show all 2 names").click();
    await expect(origin.getByRole("listitem")).toHaveText([`Anna ${run} (${partnership.name})`, `Piet ${run} (${partnership.name})`]);

    // Choosing another visibility shows its readers before saving.
    await page.getByLabel("Personality visibility").selectOption({ label: "All partners" });
    await expect(personality).toContainText("All partners: 2 people");
  });
});
