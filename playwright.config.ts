import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { oidcProvidersSetting } from "./e2e/support/oidc-settings";

// Domain code run by the test workers (factories) logs only what goes wrong.
process.env.LOG_LEVEL ??= "error";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
// The app sends its email to the test SMTP server that the global setup starts (e2e/support/mail-catcher.ts):
// on E2E_SMTP_PORT, else 2525, or E2E_PORT + 10000 when E2E_PORT is set (so that parallel runs do not collide).
const SMTP_PORT = Number((process.env.E2E_SMTP_PORT ??= String(process.env.E2E_PORT ? PORT + 10_000 : 2525)));
process.env.E2E_MAIL_DIR ??= "test-results/mail";
const MAIL = { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, MAIL_FROM: "Samenspel <no-reply@samenspel.test>" };
// Organisations' sign-in goes to the OpenID Connect provider the global setup starts (e2e/support/oidc-provider.ts):
// on E2E_OIDC_PORT, else 4400, or E2E_PORT + 20000; beside it one provider with a wrong secret and one unreachable.
const ORGANISATIONS = { OIDC_PROVIDERS: oidcProvidersSetting(), PASSWORDLESS_DOMAINS: "provincie.example" };
const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  globalSetup: ["./e2e/support/mail-catcher.ts", "./e2e/support/oidc-provider.ts"],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-GB",
    launchOptions: existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium" } : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The app's own server (scripts/serve.ts). The tests give each browser an address of its own
    // in X-Forwarded-For, as a proxy on this machine would.
    command: `tsx scripts/serve.ts -p ${PORT}`,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "error", ...MAIL, ...ORGANISATIONS, APP_URL: baseURL, TRUST_PROXY: "127.0.0.1" },
  },
});
