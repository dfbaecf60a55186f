/**
 * Makes sure the end-to-end tests have a Chromium to drive, on a fresh machine too:
 * 1. the system's Chromium (/usr/bin/chromium), which playwright.config.ts prefers when present;
 * 2. else Playwright's own browser, downloaded now if it is missing;
 * 3. else, where that download host is out of reach and we run as root, Debian's or Ubuntu's
 *    Chromium through apt-get;
 * 4. else one line that says what to run, and exit code 1.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

async function playwrightBrowserWorks() {
  try {
    const browser = await chromium.launch({ timeout: 30_000 });
    await browser.close();
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[], timeoutMs: number) {
  console.log(`[browser] ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", timeout: timeoutMs, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return result.status === 0;
}

export async function ensureBrowser(): Promise<boolean> {
  if (existsSync(SYSTEM_CHROMIUM)) return true;
  if (await playwrightBrowserWorks()) return true;

  console.log("[browser] No Chromium found: trying Playwright's download.");
  if (run(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"], 300_000) && (await playwrightBrowserWorks())) return true;

  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    // --reinstall: also where the package is recorded as installed but its binary is gone.
    console.log("[browser] Playwright's download failed: installing the system's Chromium with apt-get.");
    if (run("apt-get", ["update", "-q"], 300_000) && run("apt-get", ["install", "-y", "-q", "--reinstall", "chromium"], 600_000) && existsSync(SYSTEM_CHROMIUM)) return true;
  }

  console.error(
    "No Chromium for the end-to-end tests: run `npx playwright install chromium`, or on Debian/Ubuntu `sudo apt-get install chromium`, then run the tests again.",
  );
  return false;
}

if (process.argv[1]?.endsWith("ensure-browser.ts")) {
  process.exit((await ensureBrowser()) ? 0 : 1);
}
