import "server-only";
import { db, type Db, type Tx } from "@/lib/db";

export type RateLimitRule = {
  /** How many attempts a window allows before the key is blocked. */
  limit: number;
  windowSeconds: number;
  blockSeconds: number;
};

export type RateLimitStatus = { attempts: number; blockedForSeconds: number };

type Row = { attempts: number; blockedSeconds: number | null };

/**
 * Counts one attempt for `key` and reports whether it is now blocked. Counters live in PostgreSQL
 * and change in single statements, so they hold across app instances and restarts. Time is the
 * database's, so app servers with skewed clocks agree. Pass `client` to count inside a transaction.
 * A block starts on a whole millisecond: the column keeps milliseconds, and rounding `now()` up
 * would make a 15-minute block report 901 seconds, that is "16 minutes".
 */
export async function countAttempt(key: string, rule: RateLimitRule, client: Db | Tx = db): Promise<RateLimitStatus> {
  const rows = await client.$queryRaw<Row[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart", "updatedAt")
    VALUES (${key}, 1, now(), now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds})
                     THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds})
                     THEN now() ELSE "RateLimit"."windowStart" END,
      "blockedUntil" = CASE
        WHEN (CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds})
                   THEN 1 ELSE "RateLimit"."count" + 1 END) > ${rule.limit}
        THEN GREATEST(COALESCE("RateLimit"."blockedUntil", now()), date_trunc('milliseconds', now()) + make_interval(secs => ${rule.blockSeconds}))
        ELSE "RateLimit"."blockedUntil" END,
      "updatedAt" = now()
    RETURNING "count" AS "attempts",
      CEIL(EXTRACT(EPOCH FROM ("blockedUntil" - now())))::int AS "blockedSeconds"`;
  const row = rows[0];
  return { attempts: row?.attempts ?? 1, blockedForSeconds: Math.max(0, row?.blockedSeconds ?? 0) };
}

/** Seconds left on a block of `key`; 0 when it is not blocked. */
export async function blockedFor(key: string): Promise<number> {
  const rows = await db.$queryRaw<{ blockedSeconds: number | null }[]>`
    SELECT CEIL(EXTRACT(EPOCH FROM ("blockedUntil" - now())))::int AS "blockedSeconds"
    FROM "RateLimit" WHERE "key" = ${key}`;
  return Math.max(0, rows[0]?.blockedSeconds ?? 0);
}

export async function clearAttempts(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
