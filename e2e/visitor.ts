import type { Browser } from "@playwright/test";

/** A second person with their own browser (cookies) and their own address (rate limits). */
export async function newVisitor(browser: Browser, baseURL: string | undefined) {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  const context = await browser.newContext({
    baseURL,
    locale: "en-GB",
    extraHTTPHeaders: { "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` },
  });
  return context.newPage();
}
