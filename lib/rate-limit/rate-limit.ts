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

export type Reservation = { allowed: boolean; attempts: number; blockedForSeconds: number };

/**
 * Reserves one attempt for `key` before the attempt is evaluated, in a single statement: the row
 * lock of the UPSERT orders concurrent callers, so of any number of parallel attempts at most
 * `rule.limit` per window are allowed. The reservation that goes past the limit starts the block;
 * while blocked nothing is counted (the block does not grow). Once a block has passed, counting
 * starts afresh. A caller whose attempt succeeds may give the reservation back (`giveBackAttempt`)
 * or clear the counter (`clearAttempts`).
 */
export async function reserveAttempt(key: string, rule: RateLimitRule, client: Db | Tx = db): Promise<Reservation> {
  const rows = await client.$queryRaw<Row[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart", "blockedUntil", "updatedAt")
    VALUES (${key}, 1, now(), CASE WHEN 1 > ${rule.limit} THEN date_trunc('milliseconds', now()) + make_interval(secs => ${rule.blockSeconds}) END, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE
        WHEN "RateLimit"."blockedUntil" > now() THEN "RateLimit"."count"
        WHEN "RateLimit"."blockedUntil" IS NOT NULL OR "RateLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}) THEN 1
        ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE
        WHEN "RateLimit"."blockedUntil" > now() THEN "RateLimit"."windowStart"
        WHEN "RateLimit"."blockedUntil" IS NOT NULL OR "RateLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}) THEN now()
        ELSE "RateLimit"."windowStart" END,
      "blockedUntil" = CASE
        WHEN "RateLimit"."blockedUntil" > now() THEN "RateLimit"."blockedUntil"
        WHEN "RateLimit"."blockedUntil" IS NULL AND "RateLimit"."windowStart" >= now() - make_interval(secs => ${rule.windowSeconds})
             AND "RateLimit"."count" + 1 > ${rule.limit}
        THEN date_trunc('milliseconds', now()) + make_interval(secs => ${rule.blockSeconds})
        WHEN 1 > ${rule.limit} THEN date_trunc('milliseconds', now()) + make_interval(secs => ${rule.blockSeconds})
        ELSE NULL END,
      "updatedAt" = now()
    RETURNING "count" AS "attempts",
      CEIL(EXTRACT(EPOCH FROM ("blockedUntil" - now())))::int AS "blockedSeconds"`;
  const row = rows[0];
  const blockedForSeconds = Math.max(0, row?.blockedSeconds ?? 0);
  return { allowed: blockedForSeconds === 0, attempts: row?.attempts ?? 1, blockedForSeconds };
}

/**
 * Gives back one reservation of `key` (an attempt that turned out not to count), never below
 * zero. A block already started stays.
 */
export async function giveBackAttempt(key: string, client: Db | Tx = db): Promise<void> {
  await client.$executeRaw`
    UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0), "updatedAt" = now()
    WHERE "key" = ${key} AND ("blockedUntil" IS NULL OR "blockedUntil" <= now())`;
}
