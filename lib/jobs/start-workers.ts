import "server-only";
import type PgBoss from "pg-boss";
import { installQueues, QUEUES } from "@/lib/jobs/queue";
import { SCHEDULED_WORK, type ScheduledWork } from "@/lib/jobs/schedules";
import { logger } from "@/lib/logger";
import { sendEmailJob } from "@/lib/mail/send-email-job";

type Options = {
  /** The queue of send-email jobs (tests use their own). */
  emailQueue?: string;
  /** The scheduled work this instance takes part in (tests: none). */
  scheduled?: ScheduledWork[];
  pollingIntervalSeconds?: number;
};

/**
 * Starts the queue client and this instance's workers: the sending of recorded emails, a few at a
 * time, and every scheduled work (pg-boss hands each job to one instance only, however many run).
 * A job that fails goes back to pg-boss, which retries it as the job's options say.
 */
export async function startWorkers(boss: PgBoss, { emailQueue = QUEUES.sendEmail, scheduled = SCHEDULED_WORK, pollingIntervalSeconds = 1 }: Options = {}) {
  if (boss.listenerCount("error") === 0) {
    boss.on("error", (error) => logger.errorFrom("queue.error", error));
  }
  await boss.start();
  await installQueues(boss);
  if (!(await boss.getQueue(emailQueue))) await boss.createQueue(emailQueue);

  await boss.work<{ messageId: string }>(emailQueue, { batchSize: 5, pollingIntervalSeconds, includeMetadata: true }, async (jobs) => {
    // Each message on its own: one failure is retried alone, the others of the batch complete.
    for (const job of jobs) {
      try {
        await sendEmailJob(job);
      } catch (error) {
        await boss.fail(emailQueue, job.id, { message: error instanceof Error ? error.message : String(error) });
      }
    }
  });

  for (const work of scheduled) {
    if (!(await boss.getQueue(work.queue))) await boss.createQueue(work.queue);
    await boss.schedule(work.queue, work.cron, {}, { tz: "UTC" });
    await boss.work(work.queue, { pollingIntervalSeconds: 5 }, async () => {
      await work.run();
    });
  }
}
