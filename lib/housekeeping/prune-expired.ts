import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export type Pruned = { rateLimits: number; accountTokens: number; pendingSignIns: number; sessions: number; invitations: number; emails: number };

/**
 * Deletes what has served its purpose, on a schedule (lib/jobs/schedules.ts), by the database's
 * clock:
 * - rate-limit counters whose window started over a day ago (the longest window is an hour) and
 *   that block nothing now;
 * - email and password-reset links used or expired over a day ago, and so organisations' sign-ins
 *   that waited for a password;
 * - sessions ended or expired over a day ago;
 * - invitations expired over 30 days ago that nobody ever used (nothing refers to an invitation);
 * - emails sent (or kept in the outbox) over 30 days ago; queued and failed ones stay for a look.
 * Each kind is one statement on its own, so a failure in one leaves the others done.
 */
export async function pruneExpired(): Promise<Pruned> {
  const rateLimits = await db.$executeRaw`
    DELETE FROM "RateLimit"
    WHERE "windowStart" < now() - interval '1 day' AND ("blockedUntil" IS NULL OR "blockedUntil" < now())`;
  const accountTokens = await db.$executeRaw`
    DELETE FROM "AccountToken"
    WHERE "expiresAt" < now() - interval '1 day' OR "usedAt" < now() - interval '1 day'`;
  const pendingSignIns = await db.$executeRaw`
    DELETE FROM "PendingOrganisationSignIn"
    WHERE "expiresAt" < now() - interval '1 day' OR "usedAt" < now() - interval '1 day'`;
  const sessions = await db.$executeRaw`
    DELETE FROM "UserSession"
    WHERE "expiresAt" < now() - interval '1 day' OR "endedAt" < now() - interval '1 day'`;
  const invitations = await db.$executeRaw`
    DELETE FROM "Invitation"
    WHERE "expiresAt" < now() - interval '30 days' AND "useCount" = 0 AND "joinedAt" IS NULL`;
  const emails = await db.$executeRaw`
    DELETE FROM "EmailMessage"
    WHERE "status" IN ('SENT', 'KEPT') AND COALESCE("sentAt", "createdAt") < now() - interval '30 days'`;
  const pruned = { rateLimits, accountTokens, pendingSignIns, sessions, invitations, emails };
  logger.info("housekeeping.pruned", pruned);
  return pruned;
}
