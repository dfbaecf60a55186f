import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { addAgreement } from "@/lib/agreements/add-agreement";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";
import { messagePaths, type MessageTree } from "@/lib/i18n/message-paths";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { endKickoff } from "@/lib/kickoff/end-kickoff";
import { startKickoff } from "@/lib/kickoff/start-kickoff";
import { addOwnStep } from "@/lib/own-steps/add-own-step";
import { setDefaultStepQuestions } from "@/lib/own-steps/set-default-step-questions";
import { planSession } from "@/lib/partnership-sessions/plan-session";
import { makePartnership, makeUser, membershipId, setAnswers, setRole, type TestUser } from "@/lib/testing/factories";
import { addNote } from "@/lib/testing/role-factories";
import { expect, signIn, test } from "./fixtures";

// A message that is missing renders as its key ("collaboration.commonGoal", see
// lib/i18n/request.ts). Every page of the app, in both languages, is searched for keys: in its
// visible text, in what screen readers read (aria-label, title, alt…), in placeholders, option
// texts and the page title.

/** A language's messages, one namespace per file (read from disk: the test runner does not import JSON). */
function messagesOf(locale: AppLocale): MessageTree {
  const dir = path.join(process.cwd(), "lib/i18n/messages", locale);
  const files = readdirSync(dir).filter((file) => file.endsWith(".json"));
  return Object.fromEntries(files.map((file) => [path.basename(file, ".json"), JSON.parse(readFileSync(path.join(dir, file), "utf8")) as MessageTree]));
}

const NAMESPACES = Object.keys(messagesOf("en"));
const KEYS = [...new Set([...messagePaths(messagesOf("en")).keys(), ...messagePaths(messagesOf("nl")).keys()])];
/** Also a key that exists in neither language: a namespace, a dot, a key. */
const KEY_LIKE = new RegExp(`(?:^|[^\\w@./-])(?:${NAMESPACES.join("|")})\\.[A-Za-z_]\\w*`);

const ACCEPT_LANGUAGE: Record<AppLocale, string> = { en: "en-GB", nl: "nl-NL" };
const NOT_FOUND_TITLE: Record<AppLocale, string> = { en: "Page not found · Samenspel", nl: "Pagina niet gevonden · Samenspel" };

/** Everything a person may see or hear on the page as it is now. */
async function textsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.title, document.body.innerText];
    const attributes = ["aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "aria-placeholder", "title", "placeholder", "alt"];
    for (const element of document.querySelectorAll("*")) {
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
      if (element.tagName === "OPTION" || element.tagName.toLowerCase() === "title") texts.push(element.textContent ?? "");
    }
    return texts;
  });
}

async function expectNoKeys(page: Page, locale: AppLocale, where: string) {
  await expect(page.locator("html"), where).toHaveAttribute("lang", locale);
  const found = new Set<string>();
  for (const text of await textsOf(page)) {
    for (const key of KEYS) if (text.includes(key)) found.add(key);
    const like = KEY_LIKE.exec(text);
    if (like) found.add(like[0].trim());
  }
  expect([...found], `message keys on ${where}`).toEqual([]);
}

async function visit(page: Page, locale: AppLocale, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle").catch(() => {});
  await expectNoKeys(page, locale, path);
}

async function browserFor(browser: Browser, baseURL: string | undefined, locale: AppLocale) {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  const context = await browser.newContext({
    baseURL,
    locale: ACCEPT_LANGUAGE[locale],
    extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` },
  });
  return context.newPage();
}

/** Someone whose account speaks `locale`, signed in in a browser that prefers it too. */
async function signedInAs(browser: Browser, baseURL: string | undefined, user: TestUser, locale: AppLocale) {
  await db.user.update({ where: { id: user.id }, data: { locale } });
  const page = await browserFor(browser, baseURL, locale);
  // The sign-in form is the same in both languages but for its labels; English is signed in through
  // the shared helper, Dutch by its own labels.
  if (locale === "en") {
    await signIn(page, user);
  } else {
    await page.goto("/sign-in");
    await page.getByLabel("E-mailadres").fill(user.email);
    await page.getByLabel("Wachtwoord").fill(user.password);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  }
  return page;
}

/**
 * Two partnerships with everything a page can show: members with answers, roles, contributions
 * and notes, an invite link, agreements, a running kickoff in one and an ended one in the other.
 */
async function fullPartnerships() {
  const facilitator = await makeUser({ name: "Fenna Facilitator" });
  const member = await makeUser({ name: "Mo Member" });
  const outsider = await makeUser({ name: "Olivier Outsider" });
  const running = await makePartnership({
    facilitator,
    needs: ["Funding", "Data", "Political backing"],
    members: [{ user: member, organisation: "Waterschap Rivierenland" }],
  });
  const ended = await makePartnership({ facilitator, needs: ["Space for water"] });
  await setAnswers(member.id, { statement: "Dry feet for all", valuesNorms: "Trust", fears: "Speaking up" }, { fears: "ONLY_ME" }, { valueTags: ["trust"], skillTags: ["hydrology"] });
  await setAnswers(facilitator.id, { statement: "A region that holds water", valuesNorms: "Care" }, {}, { valueTags: ["trust", "care"] });
  const memberId = await membershipId(member.id, running.id);
  const [funding, data] = running.needs;
  await setRole(memberId, { uniqueRole: "Water know-how", missionRelation: "Close", alignment: 4, needIds: [funding!.id, data!.id] });
  await setRole(await membershipId(facilitator.id, running.id), { alignment: 5, needIds: [funding!.id] });
  await addNote(running.id, facilitator.id, member.id, "Thank you for the river data.");
  await addNote(running.id, member.id, facilitator.id, "Could we meet in Tiel?", "QUESTION");
  await addAgreement(facilitator.id, running.id, "We meet every month.");
  await createInvitation(facilitator.id, running.id, { maxUses: 5, expiresInDays: 14 });
  const { token } = await createInvitation(facilitator.id, ended.id, { expiresInDays: 14 });
  const ownStep = await addOwnStep(facilitator.id, running.id, { title: "Trust check", questions: ["How much do we trust each other?"], durationMinutes: 10 });
  await setDefaultStepQuestions(facilitator.id, running.id, "WHO_AM_I", ["Where did you grow up?"]);
  await planSession(facilitator.id, running.id, { title: "Check-in", scheduledAt: new Date(Date.now() + 86_400_000), steps: ["WHO_AM_I", { ownStepId: ownStep.id }, "AGREEMENTS"] });
  await startKickoff(facilitator.id, running.id);
  await startKickoff(facilitator.id, ended.id);
  await endKickoff(facilitator.id, ended.id);
  return { facilitator, member, outsider, running, ended, memberId, token };
}

for (const locale of ["en", "nl"] as const) {
  test.describe(`no message keys on any page (${locale})`, () => {
    test("pages of a signed-out visitor", async ({ browser, baseURL }) => {
      const { token } = await fullPartnerships();
      const page = await browserFor(browser, baseURL, locale);
      for (const path of ["/", "/sign-in", "/sign-up", `/invite/${token}`, "/invite/not-a-real-token", "/this-page-does-not-exist"]) {
        await visit(page, locale, path);
      }
      await expect(page).toHaveTitle(NOT_FOUND_TITLE[locale]);
      // The forms' messages for every field.
      await page.goto("/sign-up");
      await page.locator("form button[type=submit]").last().click();
      await expect(page.locator("#email-error")).toBeVisible();
      await expectNoKeys(page, locale, "/sign-up (errors)");
      await page.goto("/sign-in");
      await page.locator("form button[type=submit]").last().click();
      await expect(page.locator("#email-error")).toBeVisible();
      await expectNoKeys(page, locale, "/sign-in (errors)");
      await page.context().close();
    });

    test("pages of a facilitator", async ({ browser, baseURL }) => {
      test.slow();
      const { facilitator, running, ended, memberId } = await fullPartnerships();
      const page = await signedInAs(browser, baseURL, facilitator, locale);
      const base = `/partnerships/${running.id}`;
      for (const path of [
        "/",
        "/partnerships/new",
        "/profile",
        base,
        `${base}?q=nobody-matches`,
        `${base}/needs`,
        `${base}/map`,
        `${base}/shared-ground`,
        `${base}/handout`,
        `${base}/edit`,
        `${base}/members`,
        `${base}/members/${memberId}`,
        `${base}/role`,
        `${base}/kickoff`,
        `${base}/kickoff/present`,
        `${base}/sessions`,
        `${base}/sessions/new`,
        `${base}/since-last-session`,
        `${base}/steps`,
        `${base}/report`,
        `/partnerships/${ended.id}`,
        `/partnerships/${ended.id}/kickoff`,
        `/partnerships/${ended.id}/sessions`,
        `/partnerships/${ended.id}/since-last-session`,
        `/partnerships/${ended.id}/report`,
        "/partnerships/not-a-partnership",
      ]) {
        await visit(page, locale, path);
      }
      await expect(page).toHaveTitle(NOT_FOUND_TITLE[locale]);

      // What appears after acting: a new invite link, a confirmation, the forms' messages.
      await page.goto(`${base}/edit`);
      await page.locator("form:has(input[name=maxUses]) button[type=submit]").click();
      await expect(page.locator("#invite-link")).toBeVisible();
      await page.locator("#need-title").fill("");
      await page.locator("form:has(#need-title) button[type=submit]").click();
      await expect(page.locator("#need-title-error")).toBeVisible();
      await expectNoKeys(page, locale, `${base}/edit (after acting)`);

      await page.goto(`${base}/members`);
      await page.getByRole("listitem").filter({ hasText: "Mo Member" }).locator("button.text-danger-700").click();
      await expect(page.getByRole("group")).toBeVisible();
      await expectNoKeys(page, locale, `${base}/members (confirming)`);

      await page.goto(`${base}/sessions/new`);
      await page.locator("#scheduledAt").fill("2020-01-01T10:00");
      await page.locator("input[name=steps]").evaluateAll((boxes) => boxes.forEach((box) => ((box as HTMLInputElement).checked = false)));
      await page.locator("main form button[type=submit]").click();
      await expect(page.locator("#title-error")).toBeVisible();
      await expect(page.locator("#scheduledAt-error")).toBeVisible();
      await expect(page.locator("#plan-steps-error")).toBeVisible();
      await expectNoKeys(page, locale, `${base}/sessions/new (errors)`);

      await page.goto(`${base}/steps`);
      await page.locator("#new-step-minutes").fill("999");
      await page.locator("form:has(#new-step-title) button[type=submit]").click();
      await expect(page.locator("#new-step-title-error")).toBeVisible();
      await expect(page.locator("#new-step-minutes-error")).toBeVisible();
      await expectNoKeys(page, locale, `${base}/steps (errors)`);

      await page.goto("/partnerships/new");
      await page.locator("main form button[type=submit]").click();
      await expect(page.locator("#name-error")).toBeVisible();
      await expectNoKeys(page, locale, "/partnerships/new (errors)");

      await page.goto("/profile");
      await page.locator("#origin").fill("x".repeat(5_001));
      await page.locator("form:has(#origin) button[type=submit]").click();
      await expect(page.locator("#origin-error")).toBeVisible();
      await expectNoKeys(page, locale, "/profile (errors)");
      await page.context().close();
    });

    test("pages of a member and of someone invited", async ({ browser, baseURL }) => {
      const { member, outsider, running, memberId, token } = await fullPartnerships();
      const page = await signedInAs(browser, baseURL, member, locale);
      const base = `/partnerships/${running.id}`;
      for (const path of ["/", base, `${base}/edit`, `${base}/members`, `${base}/members/${memberId}`, `${base}/role`, `${base}/kickoff`, `${base}/kickoff/present`, `${base}/report`]) {
        await visit(page, locale, path);
      }
      await page.goto(`${base}/role`);
      await page.locator("#alignment").selectOption({ index: 1 });
      await page.locator("main form button[type=submit]").last().click();
      await expect(page.locator("main [role=status]").filter({ hasText: /\S/ }).first()).toBeVisible();
      await expectNoKeys(page, locale, `${base}/role (saved)`);
      await page.context().close();

      const invited = await signedInAs(browser, baseURL, outsider, locale);
      await visit(invited, locale, `/invite/${token}`);
      await invited.context().close();
    });
  });
}
