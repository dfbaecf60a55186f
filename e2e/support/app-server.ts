import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A port nobody listens on right now, chosen by the system (two workers never get the same). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * A second production server of the app, with its own environment, for tests that break things
 * or read the server's log (`logs()` returns what it printed so far).
 */
export async function startAppServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port)], {
    // The main app server works the queue (email to the test SMTP server, e2e/support/mail-catcher.ts);
    // a second one only serves, so that a test that breaks it (e.g. cuts its database) cannot hold
    // up other tests' email. Pass QUEUE_WORKERS: "1" to make it an instance that sends too.
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "error",
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2525}`,
      QUEUE_WORKERS: "0",
      TRUST_PROXY: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  /** Asks the server to stop as an orchestrator would (SIGTERM); resolves once it has exited. */
  const terminate = () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGTERM");
    return exited;
  };
  const stop = async () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, sleep(5_000)]);
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the app server stopped before it answered:\n${output}`);
    try {
      await fetch(`${url}/sign-in`);
      break;
    } catch {
      if (attempt >= 120) {
        await stop();
        throw new Error(`the app server did not answer within 30 s:\n${output}`);
      }
      await sleep(250);
    }
  }
  return { url, logs: () => output, stop, terminate };
}
