import "server-only";
import { env } from "@/lib/env";
import { queue } from "@/lib/jobs/queue";
import { startWorkers } from "@/lib/jobs/start-workers";
import { logger } from "@/lib/logger";

const globalForWorkers = globalThis as unknown as { workersStarted?: boolean };

/**
 * The app server's part of the queue (called once per server process from instrumentation.ts):
 * start the workers, say so when email is off in production, and stop the queue client when the
 * server is asked to stop, without holding up the server's own shutdown.
 */
export async function runQueueInServer() {
  if (globalForWorkers.workersStarted) return;
  globalForWorkers.workersStarted = true;
  const config = env();
  if (config.NODE_ENV === "production" && !config.SMTP_URL) {
    logger.warn("email.off", { message: "SMTP_URL is not set: email is off, messages are kept in the outbox table (EmailMessage)." });
  }
  if (!config.QUEUE_WORKERS) return;
  const boss = queue();
  try {
    await startWorkers(boss);
  } catch (error) {
    logger.errorFrom("queue.start_failed", error);
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    return;
  }
  const stop = () => {
    void boss.stop({ graceful: true, timeout: 5_000, wait: false }).catch(() => undefined);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
