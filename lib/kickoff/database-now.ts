import "server-only";
import type { Db, Tx } from "@/lib/db";

/**
 * The database's clock. Timers are started, paused and read by different app instances whose
 * clocks may differ a little; measuring all of them against one clock keeps the timer steady.
 */
export async function databaseNow(client: Db | Tx): Promise<Date> {
  const rows = await client.$queryRaw<{ now: Date }[]>`SELECT now() AS "now"`;
  const now = rows[0]?.now;
  return now instanceof Date ? now : new Date(String(now));
}
