import { request as requestContext, type Browser, type Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makePartnership, makeUser, uniqueEmail } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";

// Which language a page is in: the user's choice kept on their account, else the choice made in
// this browser, else the browser's Accept-Language, else English.

/** A browser of its own whose Accept-Language is `locale`'s (Playwright sends it from the locale). */
async function browserIn(browser: Browser, baseURL: string | undefined, locale: string, javaScriptEnabled = true) {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  const context = await browser.newContext({
    baseURL,
    locale,
    javaScriptEnabled,
    extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` },
  });
  return context.newPage();
}

async function signInWith(page: Page, user: { email: string; password: string }, labels: { email: string; password: string; button: string }) {
  await page.goto("/sign-in");
  await page.getByLabel(labels.email).fill(user.email);
  await page.getByLabel(labels.password).fill(user.password);
  await page.getByRole("button", { name: labels.button, exact: true }).click();
}

const ENGLISH = { email: "Email", password: "Password", button: "Sign in" };

async function accountLocale(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;
}

test.describe("language", () => {
  test("a signed-out visitor whose browser prefers Dutch gets Dutch, and English otherwise", async ({ browser, baseURL }) => {
    const dutch = await browserIn(browser, baseURL, "nl-NL");
    await dutch.goto("/");
    await expect(dutch.locator("html")).toHaveAttribute("lang", "nl");
    await expect(dutch.getByRole("link", { name: "Account aanmaken" }).first()).toBeVisible();
    await expect(dutch).toHaveTitle("Samenspel");
    await dutch.context().close();

    const english = await browserIn(browser, baseURL, "en-GB");
    await english.goto("/sign-in");
    await expect(english.locator("html")).toHaveAttribute("lang", "en");
    await expect(english.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await english.context().close();

    // No Accept-Language at all, or only languages the app does not speak: English.
    const api = await requestContext.newContext({ baseURL });
    const cases: [Record<string, string>, string][] = [
      [{}, "en"],
      [{ "accept-language": "fr-FR, de;q=0.8" }, "en"],
      [{ "accept-language": "fr, nl-BE;q=0.5" }, "nl"],
    ];
    for (const [headers, expected] of cases) {
      const html = await (await api.get("/", { headers })).text();
      expect(html).toContain(`<html lang="${expected}"`);
    }
    await api.dispose();
  });

  test("a signed-in user whose account says Dutch sees Dutch in a fresh browser that prefers English", async ({ browser, baseURL }) => {
    const user = await makeUser({ name: "Marieke Account" });
    await db.user.update({ where: { id: user.id }, data: { locale: "nl" } });

    const page = await browserIn(browser, baseURL, "en-GB");
    await signInWith(page, user, ENGLISH);
    await expect(page.getByRole("heading", { level: 1, name: "Mijn samenwerkingen" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();

    // After signing out, this browser stays in the language of the one who used it.
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByRole("link", { name: "Inloggen" }).first()).toBeVisible();
    await page.context().close();
  });

  test("choosing a language keeps the user on their page and updates their account", async ({ browser, baseURL }) => {
    const user = await makeUser({ name: "Switching Sam" });
    const partnership = await makePartnership({ members: [{ user }] });
    const page = await browserIn(browser, baseURL, "en-GB");
    await signInWith(page, user, ENGLISH);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(await accountLocale(user.id)).toBeNull();

    const members = `/partnerships/${partnership.id}/members`;
    await page.goto(members);
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    const language = page.getByRole("form", { name: "Language" });
    await expect(language.getByRole("button", { name: "Switch to English" })).toHaveAttribute("aria-pressed", "true");

    await language.getByRole("button", { name: "Wissel naar Nederlands" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Leden" })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${members}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page).toHaveTitle(`Leden · Samenspel`);
    await expect.poll(() => accountLocale(user.id)).toBe("nl");

    // The account's choice wins over another browser's preference, and over that browser's own choice.
    const elsewhere = await browserIn(browser, baseURL, "en-GB");
    await signInWith(elsewhere, user, ENGLISH);
    await expect(elsewhere.getByRole("heading", { level: 1, name: "Mijn samenwerkingen" })).toBeVisible();

    await page.getByRole("form", { name: "Taal" }).getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    await expect.poll(() => accountLocale(user.id)).toBe("en");
    await elsewhere.reload();
    await expect(elsewhere.getByRole("heading", { level: 1, name: "My partnerships" })).toBeVisible();

    await elsewhere.context().close();
    await page.context().close();
  });

  test("the language switch works without JavaScript and stays on the page", async ({ browser, baseURL }) => {
    const page = await browserIn(browser, baseURL, "en-GB", false);
    await page.goto("/sign-up?callbackUrl=%2Fprofile");
    await page.getByRole("button", { name: "Wissel naar Nederlands" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Maak je account aan" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fprofile$/);
    await page.context().close();
  });

  test("the language chosen before signing up is kept on the new account", async ({ browser, baseURL }) => {
    const email = uniqueEmail("taal");
    const page = await browserIn(browser, baseURL, "en-GB");
    await page.goto("/sign-up");
    await page.getByRole("button", { name: "Wissel naar Nederlands" }).click();
    await page.getByLabel("Naam").fill("Joris Nieuw");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("een lang genoeg wachtwoord");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn samenwerkingen" })).toBeVisible();
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, locale: true } });
    expect(user.locale).toBe("nl");
    await page.context().close();

    // In a browser that prefers English, the account still speaks Dutch.
    const elsewhere = await browserIn(browser, baseURL, "en-GB");
    await signInWith(elsewhere, { email, password: "een lang genoeg wachtwoord" }, ENGLISH);
    await expect(elsewhere.getByRole("heading", { level: 1, name: "Mijn samenwerkingen" })).toBeVisible();
    await elsewhere.context().close();
  });

  test("an account without a language takes the one chosen on the sign-in page", async ({ browser, baseURL }) => {
    const user = await makeUser();
    const page = await browserIn(browser, baseURL, "en-GB");
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Wissel naar Nederlands" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await signInWith(page, user, { email: "E-mailadres", password: "Wachtwoord", button: "Inloggen" });
    await expect(page.getByRole("heading", { level: 1, name: "Mijn samenwerkingen" })).toBeVisible();
    await expect.poll(() => accountLocale(user.id)).toBe("nl");
    await page.context().close();
  });
});
