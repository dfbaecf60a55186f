import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { KICKOFF_STEP_PLAN } from "@/lib/kickoff/steps";
import { makePartnership, makeUser } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { startAppServer } from "./support/app-server";

function directives(csp: string) {
  return new Map(csp.split(";").map((part) => {
    const [name = "", ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }));
}

test.describe("security headers and cookies", () => {
  for (const path of ["/", "/sign-in", "/sign-up"]) {
    test(`${path} carries a strict Content-Security-Policy and the usual protective headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = directives(headers["content-security-policy"] ?? "");
      const scripts = csp.get("script-src") ?? [];
      expect(scripts).not.toContain("'unsafe-inline'");
      // Style elements need the nonce or a listed hash; only style attributes may be inline.
      const styles = csp.get("style-src") ?? [];
      expect(styles).not.toContain("'unsafe-inline'");
      expect(styles.some((source) => source.startsWith("'nonce-"))).toBe(true);
      expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
      // Plain http (as here): no HSTS, which would pin a host to https for a year.
      expect(headers["strict-transport-security"]).toBeUndefined();
      expect(scripts.some((source) => source.startsWith("'nonce-"))).toBe(true);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-powered-by"]).toBeUndefined();
      // Every script Next renders carries this response's nonce.
      const nonce = scripts.find((source) => source.startsWith("'nonce-"))!.slice(7, -1);
      const html = await response.text();
      const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    });
  }

  test("a prefetch of a page carries the same headers as the page", async ({ request }) => {
    const prefetches: Record<string, string>[] = [{ "next-router-prefetch": "1", rsc: "1" }, { purpose: "prefetch" }];
    for (const prefetch of prefetches) {
      const response = await request.get("/sign-in", { headers: prefetch });
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(directives(headers["content-security-policy"] ?? "").get("frame-ancestors")).toEqual(["'none'"]);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    }
  });

  test("health and readiness answer at once, uncached and without data", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await request.get("/api/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
    for (const response of [health, ready]) {
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      expect(directives(response.headers()["content-security-policy"] ?? "").get("default-src")).toEqual(["'none'"]);
    }
  });

  test("pages render without a Content-Security-Policy violation, also after client-side navigation", async ({ page }) => {
    test.slow();
    const violations = await watchViolations(page);
    const facilitator = await makeUser();
    const member = await makeUser();
    const partnership = await makePartnership({ facilitator, members: [{ user: member }], needs: ["Funding"] });
    // A running kickoff, made directly (the present mode renders its own <style>).
    await db.kickoffSession.create({
      data: { partnershipId: partnership.id, steps: { create: KICKOFF_STEP_PLAN.map((step, position) => ({ kind: step.kind, position, durationMinutes: step.durationMinutes })) } },
    });
    for (const path of ["/", "/sign-in", "/sign-up"]) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
    }
    await signIn(page, facilitator);
    for (const path of ["/", "/profile", `/partnerships/${partnership.id}`, `/partnerships/${partnership.id}/members`, `/partnerships/${partnership.id}/kickoff`, `/partnerships/${partnership.id}/report`, `/partnerships/${partnership.id}/kickoff/present`]) {
      await page.goto(path);
      await expect(page.locator("body")).toBeVisible();
      await page.waitForLoadState("networkidle");
    }
    // Client-side navigation brings the report's own <style> through React, not in the HTML.
    await page.goto(`/partnerships/${partnership.id}`);
    await page.getByRole("link", { name: "Report and exports" }).click();
    await expect(page).toHaveURL(new RegExp(`/partnerships/${partnership.id}/report$`));
    await page.waitForLoadState("networkidle");
    // The report's page margins came through (its <style> element was allowed).
    expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith("@page"))))).toBe(true);
    expect(await violations()).toEqual([]);
  });

  test("a fresh nonce on every response", async ({ request }) => {
    const first = (await request.get("/sign-in")).headers()["content-security-policy"];
    const second = (await request.get("/sign-in")).headers()["content-security-policy"];
    expect(first).not.toBe(second);
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, user }) => {
    await signIn(page, user);
    const session = (await page.context().cookies()).find((cookie) => cookie.name.includes("session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
  });

  test("in production behind https the session cookie is also Secure, and signing out removes it", async ({ browser }) => {
    const user = await makeUser();
    // APP_URL alone decides, as in a deployment that runs `next start` without NEXTAUTH_URL.
    const app = await startAppServer({ APP_URL: "https://samenspel.example" });
    try {
      const csrf = await fetch(`${app.url}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const response = await fetch(`${app.url}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": "10.250.0.1" },
        body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true" }),
      });
      // Behind https, browsers are told to keep to it: on pages, route handlers and refusals alike.
      for (const path of ["/sign-in", "/api/health", "/api/ready"]) {
        expect((await fetch(`${app.url}${path}`)).headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
      }
      const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
      expect(session).toBeDefined();
      expect(session).toMatch(/^__Secure-/);
      expect(session).toMatch(/;\s*Secure/i);
      expect(session).toMatch(/;\s*HttpOnly/i);
      expect(session).toMatch(/;\s*SameSite=Lax/i);

      // A browser holding that cookie signs out. (Browsers treat localhost as secure, so a
      // Secure cookie works here over http.)
      const [name = "", value = ""] = session!.split(";")[0]!.split("=");
      const local = app.url.replace("127.0.0.1", "localhost");
      const context = await browser.newContext({ locale: "en-GB" });
      await context.addCookies([{ name, value, domain: "localhost", path: "/", secure: true, httpOnly: true, sameSite: "Lax" }]);
      const page = await context.newPage();
      await page.goto(`${local}/profile`);
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
      expect((await context.cookies()).filter((cookie) => cookie.name.includes("session-token"))).toEqual([]);
      await page.goto(`${local}/profile`);
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprofile$/);
      await context.close();
    } finally {
      await app.stop();
    }
  });
});

/** Collects every CSP violation the page reports (events and console errors) until read. */
async function watchViolations(page: Page) {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()) && !/unsafe-eval/.test(message.text())) seen.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction("__reportViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      // zod (client-side form checks) probes once whether `new Function` is allowed and, refused,
      // validates without it: a probe, not a failure.
      if (event.blockedURI === "eval" && event.violatedDirective === "script-src") return;
      (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return async () => [...new Set(seen)];
}
