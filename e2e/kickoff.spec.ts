import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { makePartnership, makeUser, setAnswers } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { markPage, openAs, wasNotReloaded } from "./people";
import { randomAddress } from "./support/address";
import { startAppServer } from "./support/app-server";

/** Members' screens follow within this long of the facilitator's own screen showing a change. */
const FOLLOW_MS = 2_000;

/** The countdown as seconds, e.g. "14:58" → 898 (negative when over time). */
async function timerSeconds(page: import("@playwright/test").Page) {
  const text = (await page.getByRole("timer").textContent()) ?? "";
  const [, sign, minutes, seconds] = /^(-?)(\d+):(\d\d)$/.exec(text.trim()) ?? [];
  if (minutes === undefined || seconds === undefined) throw new Error(`not a countdown: ${text}`);
  return (sign ? -1 : 1) * (Number(minutes) * 60 + Number(seconds));
}

test.describe("facilitated kickoff", () => {
  test("a facilitator runs a kickoff that a member follows live, and the agreements stay", async ({ page, browser }) => {
    // One long journey through all six steps with two browsers.
    test.slow();
    const facilitator = await makeUser({ name: "Anneke Visser" });
    const member = await makeUser({ name: "Bram Jansen" });
    const partnership = await makePartnership({ facilitator, members: [{ user: member }] });
    const base = `/partnerships/${partnership.id}`;
    page.on("dialog", (dialog) => void dialog.accept());

    await signIn(page, facilitator);
    await page.goto(base);
    await page.getByRole("button", { name: "Start kickoff" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/kickoff$`));
    await expect(page.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();
    await expect(page.getByText("What are your origin and background?")).toBeVisible();

    // The member opens the partnership while the kickoff runs, and joins it from there.
    const memberPage = await openAs(browser, member);
    await memberPage.goto(base);
    await expect(memberPage.getByRole("heading", { name: "Who am I" })).toBeVisible();
    await expect(memberPage.getByRole("button", { name: "Start kickoff" })).toHaveCount(0);
    await memberPage.getByRole("link", { name: "Join the kickoff" }).click();
    await expect(memberPage.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();
    await expect(memberPage.getByRole("button", { name: "Next step" })).toHaveCount(0);
    await markPage(memberPage);

    // Steps: the member's screen follows without a reload.
    await page.getByRole("button", { name: "Next step" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible();
    await expect(memberPage.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible({ timeout: FOLLOW_MS });
    await expect(memberPage.getByText("What drives you?")).toBeVisible();

    // Timer: started, counting down, paused, extended — on the member's screen too.
    await page.getByRole("button", { name: "Start timer" }).click();
    await expect(page.getByRole("button", { name: "Pause timer" })).toBeVisible();
    await expect(memberPage.getByText(/^Running/)).toBeVisible({ timeout: FOLLOW_MS });
    const runningAt = await timerSeconds(memberPage);
    await expect.poll(() => timerSeconds(memberPage), { timeout: 3_000 }).toBeLessThan(runningAt);

    await page.getByRole("button", { name: "Pause timer" }).click();
    await expect(page.getByRole("button", { name: "Start timer" })).toBeVisible();
    await expect(memberPage.getByText(/^Paused/)).toBeVisible({ timeout: FOLLOW_MS });
    const pausedAt = await timerSeconds(memberPage);
    await memberPage.waitForTimeout(1_200);
    expect(await timerSeconds(memberPage)).toBe(pausedAt);

    await page.getByRole("button", { name: "Add 5 minutes" }).click();
    await expect(page.getByText("20 minutes planned")).toBeVisible();
    await expect.poll(() => timerSeconds(memberPage), { timeout: FOLLOW_MS }).toBe(pausedAt + 300);

    // Previous and skip.
    await page.getByRole("button", { name: "Previous step" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();
    await expect(memberPage.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible({ timeout: FOLLOW_MS });
    await page.getByRole("button", { name: "Skip step" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible();
    await expect(memberPage.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible({ timeout: FOLLOW_MS });

    for (const title of ["Our shared challenge", "My unique role", "Exploring each other", "Agreements"]) {
      await page.getByRole("button", { name: "Next step" }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(memberPage.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: FOLLOW_MS });
    }
    await expect(page.getByRole("button", { name: "Next step" })).toBeDisabled();

    // Step 6: agreements, seen by the member as they are made.
    await page.getByLabel("New agreement").fill("We meet every month, in turn at each partner");
    await page.getByRole("button", { name: "Add agreement" }).click();
    await expect(page.getByRole("textbox", { name: "Agreement 1", exact: true })).toHaveValue("We meet every month, in turn at each partner");
    await expect(memberPage.getByText("We meet every month, in turn at each partner")).toBeVisible({ timeout: FOLLOW_MS });
    await page.getByLabel("New agreement").fill("Typo agreement");
    await page.getByRole("button", { name: "Add agreement" }).click();
    await expect(page.getByRole("textbox", { name: "Agreement 2", exact: true })).toHaveValue("Typo agreement");
    await page.getByRole("textbox", { name: "Agreement 2", exact: true }).fill("We share our agendas");
    await page.getByRole("button", { name: "Save agreement 2" }).click();
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("textbox", { name: "Agreement 2", exact: true }) }).getByRole("status")).toHaveText("Saved");
    await expect(memberPage.getByText("We share our agendas")).toBeVisible({ timeout: FOLLOW_MS });

    // The end: everyone sees it; the agreements stay with the partnership.
    await page.getByRole("button", { name: "End kickoff" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "The kickoff has ended" })).toBeVisible();
    await expect(memberPage.getByRole("heading", { level: 1, name: "The kickoff has ended" })).toBeVisible({ timeout: FOLLOW_MS });
    expect(await wasNotReloaded(memberPage)).toBe(true);

    await page.reload();
    await expect(page.getByRole("textbox", { name: "Agreement 1", exact: true })).toHaveValue("We meet every month, in turn at each partner");
    await expect(page.getByRole("textbox", { name: "Agreement 2", exact: true })).toHaveValue("We share our agendas");
    await memberPage.reload();
    await expect(memberPage.getByRole("listitem").filter({ hasText: "We share our agendas" })).toBeVisible();
    await memberPage.goto(base);
    await expect(memberPage.getByRole("link", { name: "Join the kickoff" })).toHaveCount(0);
    await memberPage.context().close();
  });

  test("the facilitator changes the plan and a member sees the new title", async ({ page, browser }) => {
    const facilitator = await makeUser();
    const member = await makeUser();
    const partnership = await makePartnership({ facilitator, members: [{ user: member }] });
    await startKickoff(facilitator.id, partnership.id);
    const memberPage = await openAs(browser, member);
    await memberPage.goto(`/partnerships/${partnership.id}/kickoff`);
    await expect(memberPage.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();

    await signIn(page, facilitator);
    await page.goto(`/partnerships/${partnership.id}/kickoff`);
    await page.getByText("Session plan").click();
    await page.getByLabel("Title of step 1").fill("Wie zijn wij");
    await page.getByLabel("Minutes for step 1").fill("12");
    await page.getByRole("button", { name: "Save step 1" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wie zijn wij" })).toBeVisible();
    await expect(memberPage.getByRole("heading", { level: 1, name: "Wie zijn wij" })).toBeVisible({ timeout: FOLLOW_MS });
    await expect(memberPage.getByRole("timer")).toHaveText("12:00");

    await page.getByRole("button", { name: "Move step 1 later" }).click();
    await expect(page.getByText("Step 2 of 6", { exact: true })).toBeVisible();
    await expect(memberPage.getByText("Step 2 of 6", { exact: true })).toBeVisible({ timeout: FOLLOW_MS });
    await memberPage.context().close();
  });

  test("present mode is driven from the keyboard and followed by members", async ({ page, browser }) => {
    const facilitator = await makeUser();
    const member = await makeUser();
    const partnership = await makePartnership({ facilitator, members: [{ user: member }] });
    await startKickoff(facilitator.id, partnership.id);
    const present = `/partnerships/${partnership.id}/kickoff/present`;

    const memberPage = await openAs(browser, member);
    await memberPage.goto(present);
    await expect(memberPage.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();
    await expect(memberPage.getByText("This screen follows the facilitator.")).toBeVisible();

    await signIn(page, facilitator);
    await page.goto(present);
    await expect(page.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();
    // No site header in the way, and the keys are explained on screen.
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Partnership sections" })).toBeHidden();
    const hints = page.getByRole("region", { name: "Keyboard shortcuts" });
    await expect(hints).toContainText("next step");
    await expect(hints).toContainText("previous step");

    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("heading", { level: 1, name: "Our shared challenge" })).toBeVisible();
    await expect(memberPage.getByRole("heading", { level: 1, name: "Our shared challenge" })).toBeVisible({ timeout: FOLLOW_MS });
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible();
    await expect(memberPage.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible({ timeout: FOLLOW_MS });

    // A member's arrow keys change nothing.
    await memberPage.keyboard.press("ArrowRight");
    await memberPage.waitForTimeout(500);
    await expect(page.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible();

    await page.keyboard.press(" ");
    await expect(page.getByText(/^Running/)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnership.id}/kickoff$`));
    await memberPage.context().close();
  });

  test("a member reveals an only-me answer to the partnership and hides it again", async ({ page, browser }) => {
    const owner = await makeUser({ name: "Owner Olga" });
    const other = await makeUser({ name: "Other Otto" });
    const partnership = await makePartnership({ members: [{ user: owner }, { user: other }] });
    const marker = `FEAR-MARKER-${Date.now()}`;
    await setAnswers(owner.id, { fears: marker }, { fears: "ONLY_ME" });
    await startKickoff(partnership.facilitator.id, partnership.id);
    const kickoff = `/partnerships/${partnership.id}/kickoff`;

    const otherPage = await openAs(browser, other);
    await otherPage.goto(kickoff);
    await expect(otherPage.getByText("Nobody has revealed an answer yet.")).toBeVisible();
    expect(await otherPage.content()).not.toContain(marker);

    await signIn(page, owner);
    await page.goto(kickoff);
    await page.getByRole("button", { name: "Reveal Fears and inhibitions" }).click();
    await expect(page.getByRole("button", { name: "Hide Fears and inhibitions" })).toBeVisible();

    const shared = otherPage.getByRole("region", { name: "Shared in this session" });
    await expect(shared.getByText(marker)).toBeVisible({ timeout: FOLLOW_MS });
    await expect(shared.getByRole("heading", { name: "Owner Olga" })).toBeVisible();

    await page.getByRole("button", { name: "Hide Fears and inhibitions" }).click();
    await expect(page.getByRole("button", { name: "Reveal Fears and inhibitions" })).toBeVisible();
    await expect(shared.getByText(marker)).toHaveCount(0, { timeout: FOLLOW_MS });
    await otherPage.reload();
    expect(await otherPage.content()).not.toContain(marker);
    await otherPage.context().close();
  });

  test("a member whose events are blocked follows by polling", async ({ page, browser }) => {
    const facilitator = await makeUser();
    const member = await makeUser();
    const partnership = await makePartnership({ facilitator, members: [{ user: member }] });
    await startKickoff(facilitator.id, partnership.id);
    const kickoff = `/partnerships/${partnership.id}/kickoff`;

    const memberPage = await openAs(browser, member);
    await memberPage.route("**/kickoff/events", (route) => route.fulfill({ status: 503, body: "" }));
    await memberPage.goto(kickoff);
    await expect(memberPage.getByText("Following (checking every few seconds)")).toBeVisible();

    await signIn(page, facilitator);
    await page.goto(kickoff);
    await page.getByRole("button", { name: "Next step" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible();
    await expect(memberPage.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible({ timeout: FOLLOW_MS });
    await memberPage.context().close();
  });

  test("a step made through one app instance reaches a member who follows through another", async ({ page, browser }) => {
    const facilitator = await makeUser();
    const member = await makeUser();
    const partnership = await makePartnership({ facilitator, members: [{ user: member }] });
    const base = `/partnerships/${partnership.id}`;
    await startKickoff(facilitator.id, partnership.id);
    // A second instance of the app on the same database, as behind a load balancer.
    const other = await startAppServer({});
    try {
      const context = await browser.newContext({ baseURL: other.url, locale: "en-GB", extraHTTPHeaders: { "x-forwarded-for": randomAddress() } });
      const memberPage = await context.newPage();
      await signIn(memberPage, member);
      await memberPage.goto(`${base}/kickoff`);
      await expect(memberPage.getByRole("heading", { level: 1, name: "Who am I" })).toBeVisible();
      await markPage(memberPage);

      await signIn(page, facilitator);
      await page.goto(`${base}/kickoff`);
      await page.getByRole("button", { name: "Next step" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible();
      await expect(memberPage.getByRole("heading", { level: 1, name: "What do I want" })).toBeVisible({ timeout: FOLLOW_MS });
      expect(await wasNotReloaded(memberPage)).toBe(true);
      await context.close();
    } finally {
      await other.stop();
    }
  });

  test("the event stream passes proxies and is refused to strangers", async ({ page, browser }) => {
    const member = await makeUser();
    const partnership = await makePartnership({ members: [{ user: member }] });
    const url = `/api/partnerships/${partnership.id}/kickoff/events`;

    const memberPage = await openAs(browser, member);
    await memberPage.goto("/");
    const stream = await memberPage.evaluate(async (url) => {
      const abort = new AbortController();
      const response = await fetch(url, { signal: abort.signal });
      const chunk = await response.body?.getReader().read();
      abort.abort();
      return {
        status: response.status,
        type: response.headers.get("content-type"),
        buffering: response.headers.get("x-accel-buffering"),
        cache: response.headers.get("cache-control"),
        first: new TextDecoder().decode(chunk?.value),
      };
    }, url);
    expect(stream.status).toBe(200);
    expect(stream.type).toContain("text/event-stream");
    expect(stream.buffering).toBe("no");
    expect(stream.cache).toContain("no-transform");

    const stranger = await makeUser();
    expect((await page.request.get(url)).status()).toBe(401);
    await signIn(page, stranger);
    expect((await page.request.get(url)).status()).toBe(404);
    expect((await page.request.get(`/api/partnerships/${partnership.id}/kickoff/state`)).status()).toBe(404);
    await memberPage.context().close();
  });

  test("only facilitators steer: members and strangers are refused", async ({ page }) => {
    const member = await makeUser();
    const stranger = await makeUser();
    const partnership = await makePartnership({ members: [{ user: member }] });

    await signIn(page, member);
    await page.goto(`/partnerships/${partnership.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Start kickoff" })).toHaveCount(0);
    await page.goto(`/partnerships/${partnership.id}/kickoff`);
    await expect(page.getByText("No kickoff is running right now.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start kickoff" })).toHaveCount(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await signIn(page, stranger);
    const response = await page.goto(`/partnerships/${partnership.id}/kickoff`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
