import pg from "pg";
import { databaseHealth, reportDatabaseError, reportDatabaseOk } from "@/lib/db-health";
import { env } from "@/lib/env";

const PING_INTERVAL_MS = 1_000;
/** After this long without hearing from the database, check before serving a page. */
const STALE_AFTER_MS = 1_000;

let lastPing = 0;
let pending: Promise<boolean> | undefined;

/**
 * Whether the database can be reached, as cheaply as possible: trusted as is while queries
 * succeed; checked with one short connection (at most once a second, shared by concurrent
 * callers) when it was last seen down or has not been heard from for a while.
 */
export async function databaseReachable(): Promise<boolean> {
  const health = databaseHealth();
  const now = Date.now();
  if (!health.down && now - health.lastContact < STALE_AFTER_MS) return true;
  if (pending) return pending;
  if (health.down && now - lastPing < PING_INTERVAL_MS) return false;
  lastPing = now;
  pending = ping().finally(() => (pending = undefined));
  return pending;
}

async function ping(): Promise<boolean> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL, connectionTimeoutMillis: 1_500, query_timeout: 1_500 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    reportDatabaseOk();
    return true;
  } catch (error) {
    reportDatabaseError(error);
    // Anything that stops a ping counts as unreachable, even when it is not a connection code.
    if (!databaseHealth().down) reportDatabaseError(Object.assign(new Error("ping failed"), { code: "08006" }));
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
