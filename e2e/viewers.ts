import type { Browser, Page } from "@playwright/test";
import { signIn } from "./fixtures";

function randomAddress() {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

/**
 * A browser of its own for one more person in a test (each test's `page` is the first): its own
 * cookies, its own address for rate limits, signed in through the UI unless no user is given.
 */
export async function viewerPage(browser: Browser, baseURL: string | undefined, user?: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB", extraHTTPHeaders: { "x-forwarded-for": randomAddress() } });
  const page = await context.newPage();
  if (user) await signIn(page, user);
  return page;
}
