import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { reportDatabaseError, reportDatabaseOk } from "@/lib/db-health";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

function createClient() {
  const config = env();
  const adapter = new PrismaPg(
    {
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
      // Timestamps are stored without a zone, written as UTC by the client and compared with SQL
      // now(): the session speaks UTC too, whatever the server's own TimeZone setting.
      options: "-c TimeZone=UTC",
    },
    // A connection lost while idle (database restarted) is dropped from the pool, not fatal.
    { onPoolError: reportDatabaseError, onConnectionError: reportDatabaseError },
  );
  const client = new PrismaClient({
    adapter,
    // Password hashes are read only where a password is checked, and asked for by name there.
    omit: { user: { passwordHash: true } },
    log: config.LOG_QUERIES ? [{ emit: "event", level: "query" }] : [],
  });
  if (config.LOG_QUERIES) client.$on("query", () => logger.debugQuery());
  return client.$extends({
    query: {
      // Every query tells whether the database answered, for the 503 page and its recovery.
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          reportDatabaseOk();
          return result;
        } catch (error) {
          reportDatabaseError(error);
          throw error;
        }
      },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { db?: Db };

/** The one database client of the process, created on first use. */
export function getDb(): Db {
  globalForDb.db ??= createClient();
  return globalForDb.db;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
