import { makeUser } from "@/lib/testing/factories";
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
