import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { notifySessionPlanned } from "@/lib/partnership-sessions/notify-session-planned";

/** Plans reminded per run at most; the next run (hourly) takes the rest. */
const BATCH = 500;

/**
 * The one reminder of a planned session, the day before: for a plan due within 24 hours that was
 * planned earlier than that (one planned at shorter notice had its invitation just now). Each plan
 * is claimed with a conditional UPDATE (remindedAt still empty) in the same transaction as its
 * emails: two instances running this at once remind each plan once, and a failure leaves it for
 * the next run. Whoever is a member at that moment is told; a plan taken off or started is no
 * longer there to remind. Returns how many plans were reminded.
 */
export async function sendSessionReminders(): Promise<number> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "PlannedSession"
    WHERE "remindedAt" IS NULL AND "scheduledAt" > now() AND "scheduledAt" <= now() + interval '24 hours'
      AND "createdAt" <= "scheduledAt" - interval '24 hours'
    ORDER BY "scheduledAt" LIMIT ${BATCH}`;
  let reminded = 0;
  for (const { id } of due) {
    try {
      if (await remindOne(id)) reminded++;
    } catch (error) {
      logger.errorFrom("session.reminderFailed", error, { plannedSessionId: id });
    }
  }
  if (reminded > 0) logger.info("session.reminded", { count: reminded });
  return reminded;
}

async function remindOne(plannedSessionId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE "PlannedSession" SET "remindedAt" = now()
      WHERE "id" = ${plannedSessionId} AND "remindedAt" IS NULL AND "scheduledAt" > now()
        AND "scheduledAt" <= now() + interval '24 hours' AND "createdAt" <= "scheduledAt" - interval '24 hours'`;
    if (claimed === 0) return false;
    await notifySessionPlanned(tx, { plannedSessionId, reminder: true });
    return true;
  });
}
