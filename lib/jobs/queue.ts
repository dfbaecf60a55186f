import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * The app's job queue: pg-boss on the app's own PostgreSQL (embedded or real), so that work
 * recorded by a request survives restarts, is retried, and is done once across all instances.
 */
export const QUEUES = {
  /** Send one recorded EmailMessage ({ messageId }). */
  sendEmail: "send-email",
  /** Delete expired counters, links, sessions, invitations and old email (scheduled, no data). */
  pruneExpired: "prune-expired",
  /** The daily digest of notifications set to DIGEST (scheduled, no data). */
  notificationDigest: "notification-digest",
  /** Remind personal invitations not joined three days after sending (scheduled, no data). */
  invitationReminders: "invitation-reminders",
  /** Remind members of a planned session the day before (scheduled, no data). */
  sessionReminders: "session-reminders",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const globalForQueue = globalThis as unknown as { boss?: PgBoss };

/** The process's queue client, created on first use (not yet started: see startQueue). */
export function queue(): PgBoss {
  globalForQueue.boss ??= new PgBoss({ connectionString: env().DATABASE_URL, max: 2, schema: "pgboss" });
  return globalForQueue.boss;
}

/** Every queue the app uses, created when missing; pg-boss must have started (its own tables). */
export async function installQueues(boss: PgBoss) {
  for (const name of Object.values(QUEUES)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
  }
}

/**
 * pg-boss's own tables (in schema "pgboss", which it migrates itself) and the app's queues.
 * Run by the launcher after the app's migrations, so that a request can queue a job inside its
 * own transaction before any worker has started.
 */
export async function prepareQueues(connectionString: string) {
  const boss = new PgBoss({ connectionString, max: 1, schema: "pgboss", supervise: false, schedule: false });
  await boss.start();
  try {
    await installQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/**
 * Lets pg-boss write a job through a Prisma transaction, so that the job exists exactly when the
 * transaction commits: a rollback leaves no job (and so no email) behind.
 */
export function inTransaction(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const params = values.map((value) => (value === undefined ? null : typeof value === "object" && value !== null && !(value instanceof Date) ? JSON.stringify(value) : value));
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...params);
      return { rows };
    },
  };
}
