/**
 * `npm test`: every suite, in the order a failure is cheapest to find. Lint and types, unit tests,
 * then a production build, then integration and end-to-end tests against a database (DATABASE_URL,
 * or a fresh embedded PostgreSQL when it is unset). Ends with one line: N passed, N failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { ensureBrowser } from "./ensure-browser";

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

function run(title: string, command: string, args: string[]) {
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return result.status === 0;
}

function addVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
  total.skipped += report.numPendingTests;
}

function addPlaywright(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  total.passed += report.stats.expected + report.stats.flaky;
  total.failed += report.stats.unexpected;
  total.skipped += report.stats.skipped;
}

rmSync("test-results", { recursive: true, force: true });
// The end-to-end tests need a browser: found, fetched or installed now, or one line saying how.
if (!(await ensureBrowser())) {
  console.log("\n0 passed, 1 failed");
  process.exit(1);
}
const withDb = ["tsx", "--conditions=react-server", "scripts/with-db.ts", "--fresh", "--migrate"];
const steps: [string, string, string[], (() => void)?][] = [
  ["Lint", "npx", ["eslint", "."]],
  ["Type check", "npx", ["next", "typegen"]],
  ["Type check", "npx", ["tsc", "--noEmit"]],
  ["Unit tests", "npx", ["vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"], () => addVitest("test-results/unit.json")],
  ["Build", "npx", ["next", "build"]],
  [
    "Integration tests",
    "npx",
    [...withDb, "--", "vitest", "run", "--project", "integration", "--reporter=default", "--reporter=json", "--outputFile=test-results/integration.json"],
    () => addVitest("test-results/integration.json"),
  ],
  // Test workers create data through the domain code, which marks itself server-only: they resolve
  // modules as the server does (workers inherit the runner's flags; the app server does not).
  ["End-to-end tests", "npx", [...withDb, "--seed", "--", "node", "--conditions=react-server", "node_modules/@playwright/test/cli.js", "test"], () => addPlaywright("test-results/e2e-results.json")],
];

let ok = true;
for (const [title, command, args, count] of steps) {
  const passed = run(title, command, args);
  count?.();
  if (!passed) {
    ok = false;
    if (!count) break; // Lint, types and build failures stop the run; test failures are counted.
  }
}

if (!ok && total.failed === 0) total.failed = 1;
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(ok ? 0 : 1);
