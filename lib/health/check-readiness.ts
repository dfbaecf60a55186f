import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { env } from "@/lib/env";

export type Readiness = { ready: true } | { ready: false; reason: "database unreachable" | "migrations pending" };

type Options = {
  connectionString?: string;
  /** The migrations this build expects (default: prisma/migrations). */
  migrationsDir?: string;
  /** How long an answer is reused, so that a busy load balancer costs one check per interval. */
  cacheMs?: number;
};

const CACHE_MS = 5_000;
const TIMEOUT_MS = 1_500;

type Cached = { at: number; answer: Promise<Readiness> };
const cache = new Map<string, Cached>();

/**
 * Whether this instance can serve: the database answers and every migration of this build is
 * applied (finished, not rolled back, in `_prisma_migrations`). One short connection per check;
 * the answer is shared by concurrent callers and reused for a few seconds. Says why not in a few
 * words, never with data.
 */
export async function checkReadiness(options: Options = {}): Promise<Readiness> {
  const connectionString = options.connectionString ?? env().DATABASE_URL;
  const dir = options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  const cacheMs = options.cacheMs ?? CACHE_MS;
  const key = `${connectionString}\n${dir}`;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < cacheMs) return cached.answer;
  const answer = check(connectionString, dir);
  cache.set(key, { at: Date.now(), answer });
  return answer;
}

async function check(connectionString: string, dir: string): Promise<Readiness> {
  const expected = await migrationNames(dir);
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
  } catch {
    await client.end().catch(() => {});
    return { ready: false, reason: "database unreachable" };
  }
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return expected.every((name) => applied.has(name)) ? { ready: true } : { ready: false, reason: "migrations pending" };
  } catch (error) {
    // No migrations table yet: nothing is applied.
    if ((error as { code?: string }).code === "42P01") return { ready: false, reason: "migrations pending" };
    return { ready: false, reason: "database unreachable" };
  } finally {
    await client.end().catch(() => {});
  }
}

async function migrationNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}
