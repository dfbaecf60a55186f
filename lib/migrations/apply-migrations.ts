import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Prisma's migrate engine uses this advisory lock key too, so our runner and `prisma migrate
// deploy` (where its engine is available) never apply migrations at the same time.
const ADVISORY_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export class MigrationError extends Error {
  override name = "MigrationError";
}

export type MigrationFile = { name: string; sql: string; checksum: string };

export type ApplyMigrationsResult = { applied: string[]; upToDate: number };

type Logger = (message: string) => void;

export async function readMigrationFiles(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

/**
 * Applies pending migrations the way `prisma migrate deploy` does: each in its own transaction,
 * recorded in `_prisma_migrations`, under an advisory lock so that instances starting together
 * take turns. Refuses to go on when an applied migration's file was edited or one had failed.
 */
export async function applyMigrations(options: {
  connectionString: string;
  dir?: string;
  log?: Logger;
}): Promise<ApplyMigrationsResult> {
  const log = options.log ?? (() => {});
  const files = await readMigrationFiles(options.dir);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      await ensureMigrationsTable(client);
      const pending = await pendingMigrations(client, files, log);
      for (const migration of pending) {
        await applyOne(client, migration);
        log(`Applied migration ${migration.name}`);
      }
      return { applied: pending.map((m) => m.name), upToDate: files.length - pending.length };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function ensureMigrationsTable(client: pg.Client) {
  // The same table Prisma creates, so `prisma migrate status` reads our history.
  await client.query(`
    CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum"            VARCHAR(64) NOT NULL,
      "finished_at"         TIMESTAMPTZ,
      "migration_name"      VARCHAR(255) NOT NULL,
      "logs"                TEXT,
      "rolled_back_at"      TIMESTAMPTZ,
      "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

async function pendingMigrations(client: pg.Client, files: MigrationFile[], log: Logger) {
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and was not rolled back. Repair the database, then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}').`,
    );
  }
  const applied = new Map(
    rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row]),
  );
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of applied.values()) {
    const file = byName.get(row.migration_name);
    if (!file) {
      log(`Warning: migration ${row.migration_name} is applied to the database but missing from the migrations folder`);
    } else if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied (checksum mismatch). Restore its file and put the change in a new migration.`,
      );
    }
  }
  return files.filter((file) => !applied.has(file.name));
}

async function applyOne(client: pg.Client, migration: MigrationFile) {
  const startedAt = new Date();
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}
