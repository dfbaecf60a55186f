import { readFile } from "node:fs/promises";
import { removeMember } from "@/lib/memberships/remove-member";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { instantFromWallTime } from "@/lib/partnership-sessions/wall-time";
import { makePartnership, makeUser, membershipId } from "@/lib/testing/factories";
import { readIcs } from "@/lib/testing/read-ics";
import { expect, signIn, test } from "./fixtures";
import { waitForEmail } from "./support/mailbox";
import { openAs } from "./people";

const NEXT_YEAR = new Date().getFullYear() + 1;

test.describe("calendar", () => {
  test("a facilitator sets the time zone and plans a session; members get the email, and the calendar file holds that time", async ({ page, browser }) => {
    test.slow();
    const facilitator = await makeUser({ name: "Anneke Visser" });
    const bram = await makeUser({ name: "Bram Jansen" });
    const partnership = await makePartnership({ facilitator, name: "Hudson and Rhine", members: [{ user: bram }] });
    const base = `/partnerships/${partnership.id}`;

    await signIn(page, facilitator);
    await page.goto(`${base}/edit`);
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Amsterdam");
    await page.getByLabel("Time zone").selectOption("America/New_York");
    await page.getByRole("button", { name: "Save time zone" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");

    await page.goto(`${base}/sessions/new`);
    await expect(page.getByText("In the partnership's time zone (America/New_York).")).toBeVisible();
    await page.getByRole("textbox", { name: "Title" }).fill("Across the ocean");
    await page.getByLabel("Date and time").fill(`${NEXT_YEAR}-03-10T14:30`);
    await page.getByRole("button", { name: "Plan session" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/sessions$`));
    await expect(page.getByText("Times are in the partnership's time zone (America/New_York).")).toBeVisible();

    // The invitation arrives, with the time in the partnership's zone and both links.
    const email = await waitForEmail(bram.email, { subject: /Across the ocean/ });
    expect(email.subject).toContain("Hudson and Rhine");
    expect(email.text).toContain("Anneke Visser planned a session “Across the ocean”");
    expect(email.text).toMatch(/2:30\s?PM \(America\/New_York\)/);
    const sessionsLink = email.links.find((link) => link.endsWith(`${base}/sessions`));
    const calendarLink = email.links.find((link) => link.includes(`${base}/sessions/calendar/`));
    expect(sessionsLink).toBeDefined();
    expect(calendarLink).toBeDefined();

    // Bram downloads the calendar file from the Sessions page; a real parser reads the right time.
    const bramPage = await openAs(browser, bram);
    await bramPage.goto(`${base}/sessions`);
    const [download] = await Promise.all([bramPage.waitForEvent("download"), bramPage.getByRole("link", { name: "Add to calendar: Across the ocean" }).click()]);
    expect(download.suggestedFilename()).toBe("across-the-ocean.ics");
    const ics = readIcs(await readFile((await download.path())!, "utf8"));
    expect(ics.events).toHaveLength(1);
    expect(ics.events[0]).toMatchObject({ tzid: "America/New_York", wallStart: `${NEXT_YEAR}-03-10T14:30`, summary: "Across the ocean – Hudson and Rhine" });
    expect(ics.events[0]!.start.toISOString()).toBe(instantFromWallTime(`${NEXT_YEAR}-03-10T14:30`, "America/New_York")!.toISOString());
    expect(ics.zones).toEqual(["America/New_York"]);

    // The email's calendar link is the same file, for members only.
    const fromEmail = await bramPage.request.get(new URL(calendarLink!).pathname);
    expect(fromEmail.status()).toBe(200);
    expect(fromEmail.headers()["content-type"]).toContain("text/calendar");
    expect(readIcs(await fromEmail.text()).events[0]!.uid).toBe(ics.events[0]!.uid);
    await bramPage.context().close();
  });

  test("the calendar feed link of the account page: made, followed, a removal, stopped, made again, replaced", async ({ page, playwright, baseURL }) => {
    const bram = await makeUser({ name: "Bram Jansen" });
    const river = await makePartnership({ name: "Rivierenland", members: [{ user: bram }] });
    const climate = await makePartnership({ name: "Klimaatpact", members: [{ user: bram }] });
    const soon = new Date(Date.now() + 5 * 86_400_000);
    await planSession(river.facilitator.id, river.id, { title: "River check-in", scheduledAt: soon, steps: ["WHO_AM_I"] });
    await planSession(climate.facilitator.id, climate.id, { title: "Climate check-in", scheduledAt: soon, steps: ["WHO_AM_I"] });
    // A calendar app: no cookies, only the link.
    const calendarApp = await playwright.request.newContext({ baseURL });
    const titles = async (url: string) => {
      const reply = await calendarApp.get(url);
      if (reply.status() !== 200) return reply.status();
      expect(reply.headers()["content-type"]).toContain("text/calendar");
      expect(reply.headers()["cache-control"]).toBe("private, no-store");
      return readIcs(await reply.text()).events.map((event) => event.summary).sort();
    };

    await signIn(page, bram);
    await page.goto("/account");
    const feed = page.getByRole("region", { name: "Calendar feed" });
    await expect(feed.getByText("You have no calendar link.")).toBeVisible();
    await feed.getByRole("button", { name: "Create calendar link" }).click();
    const link = feed.getByRole("textbox", { name: "Calendar link" });
    await expect(link).toBeVisible();
    const first = await link.inputValue();
    expect(first).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expect(feed.getByText(/Your calendar link has been active since/)).toBeVisible();
    expect(await titles(first)).toEqual(["Climate check-in – Klimaatpact", "River check-in – Rivierenland"]);

    // Removed from a partnership: its session leaves the feed at once.
    await removeMember(river.facilitator.id, river.id, await membershipId(bram.id, river.id));
    expect(await titles(first)).toEqual(["Climate check-in – Klimaatpact"]);

    await feed.getByRole("button", { name: "Stop this link" }).click();
    await expect(feed.getByText("The calendar link has stopped working.")).toBeVisible();
    await expect(feed.getByText("You have no calendar link.")).toBeVisible();
    await expect(link).toHaveCount(0);
    expect(await titles(first)).toBe(404);

    await feed.getByRole("button", { name: "Create calendar link" }).click();
    await expect(link).toBeVisible();
    const second = await link.inputValue();
    expect(second).not.toBe(first);
    expect(await titles(second)).toEqual(["Climate check-in – Klimaatpact"]);
    expect(await titles(first)).toBe(404);

    // Shown once: after a reload only that a link is active.
    await page.reload();
    await expect(link).toHaveCount(0);
    await feed.getByRole("button", { name: "Replace link" }).click();
    await expect(link).toBeVisible();
    const third = await link.inputValue();
    expect(await titles(second)).toBe(404);
    expect(await titles(third)).toEqual(["Climate check-in – Klimaatpact"]);
    await calendarApp.dispose();
  });

  test("removing a planned session asks first, and Cancel keeps it", async ({ page }) => {
    const facilitator = await makeUser();
    const partnership = await makePartnership({ facilitator });
    await planSession(facilitator.id, partnership.id, { title: "Maybe later", scheduledAt: new Date(Date.now() + 9 * 86_400_000), steps: ["WHO_AM_I"] });
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${partnership.id}/sessions`);
    await page.getByRole("button", { name: "Remove from plan: Maybe later" }).click();
    await expect(page.getByText("Remove “Maybe later” from the plan?")).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Maybe later" })).toBeVisible();
    await page.getByRole("button", { name: "Remove from plan: Maybe later" }).click();
    await page.getByRole("button", { name: "Yes, remove" }).click();
    await expect(page.getByText("No sessions are planned yet.")).toBeVisible();
  });

  test("the session cards, the account's feed section and the time zone form fit a phone and a desktop", async ({ page }) => {
    const facilitator = await makeUser({ name: "Anneke Visser" });
    const partnership = await makePartnership({ facilitator, name: "Klimaatpact Rivierenland" });
    await planSession(facilitator.id, partnership.id, {
      title: "Check-in after three months, with the partners of the whole river region",
      scheduledAt: new Date(Date.now() + 30 * 86_400_000),
      steps: ["SHARED_CHALLENGE", "UNIQUE_ROLE", "AGREEMENTS"],
    });
    await signIn(page, facilitator);
    for (const [name, size] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(size);
      const fits = async (what: string) => expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name}, ${what}: no sideways scrolling`).toBe(true);
      await page.goto(`/partnerships/${partnership.id}/sessions`);
      await page.getByRole("button", { name: /^Remove from plan/ }).click();
      await fits("sessions");
      await page.screenshot({ path: test.info().outputPath(`calendar-sessions-${name}.png`), fullPage: true });
      await page.goto("/account");
      await page.getByRole("button", { name: /Create calendar link|Replace link/ }).click();
      await expect(page.getByRole("textbox", { name: "Calendar link" })).toBeVisible();
      await fits("account");
      await page.getByRole("region", { name: "Calendar feed" }).screenshot({ path: test.info().outputPath(`calendar-feed-${name}.png`) });
      await page.goto(`/partnerships/${partnership.id}/edit`);
      await fits("edit");
      await page.getByRole("region", { name: "Goal and impact" }).screenshot({ path: test.info().outputPath(`calendar-time-zone-${name}.png`) });
    }
  });
});
