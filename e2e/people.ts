import type { Browser, Page } from "@playwright/test";
import { signIn } from "./fixtures";

/**
 * Another person at their own computer: a fresh browser context (own cookies, own address for
 * the rate limits), signed in.
 */
export async function openAs(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  const context = await browser.newContext({
    locale: "en-GB",
    extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` },
  });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** Marks the page so that a later check can tell it was never reloaded. */
export async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;
  });
}

export async function wasNotReloaded(page: Page) {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}
