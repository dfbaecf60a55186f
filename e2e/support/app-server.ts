import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

/** A second production server of the app, with its own environment, for tests that break things. */
export async function startAppServer(env: Record<string, string>) {
  const port = 3400 + Math.floor(Math.random() * 500);
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, ...env, NODE_OPTIONS: "", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "error" },
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      await fetch(`${url}/sign-in`);
      break;
    } catch {
      await sleep(250);
    }
  }
  return {
    url,
    stop: async () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
      await sleep(200);
    },
  };
}
