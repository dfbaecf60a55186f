import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Prisma's migrate engine takes this advisory lock too, so our runner and `prisma migrate deploy`
// (where its engine is available) never apply migrations at the same time.
const ADVISORY_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export class MigrationError extends Error {
  override name = "MigrationError";
}

export type MigrationFile = { name: string; sql: string; checksum: string };

export type ApplyMigrationsResult = { applied: string[]; upToDate: number };

type Options = {
  connectionString: string;
  dir?: string;
  /** The PostgreSQL schema to migrate (default: the connection's search_path, usually public). */
  schema?: string;
  log?: (message: string) => void;
};

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

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
 * Applies pending migrations the way `prisma migrate deploy` does, recorded in
 * `_prisma_migrations`. Each migration runs in its own transaction that first takes an advisory
 * lock and checks again whether it is still pending, so instances starting together take turns
 * and apply each migration once. Before anything is applied, the history is checked: an applied
 * migration whose file was edited since, or one that failed, stops the start.
 */
export async function applyMigrations(options: Options): Promise<ApplyMigrationsResult> {
  const log = options.log ?? (() => {});
  const files = await readMigrationFiles(options.dir);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    const inTransaction = <T>(work: () => Promise<T>) => transaction(client, options.schema, work);

    await inTransaction(async () => {
      await ensureMigrationsTable(client);
      checkHistory(await appliedMigrations(client), files, log);
    });

    const applied: string[] = [];
    for (const file of files) {
      const didApply = await inTransaction(async () => {
        const row = (await appliedMigrations(client)).find((r) => r.migration_name === file.name && r.rolled_back_at === null);
        if (row) return false;
        await runMigration(client, file);
        return true;
      });
      if (didApply) {
        applied.push(file.name);
        log(`Applied migration ${file.name}`);
      }
    }
    return { applied, upToDate: files.length - applied.length };
  } finally {
    await client.end();
  }
}

async function transaction<T>(client: pg.Client, schema: string | undefined, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [ADVISORY_LOCK_KEY]);
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
      // LOCAL: only this transaction; embedded PGlite shares one session between connections.
      await client.query(`SET LOCAL search_path TO ${quoteIdentifier(schema)}`);
    }
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function ensureMigrationsTable(client: pg.Client) {
  // The table Prisma creates, so that `prisma migrate status` reads our history.
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

async function appliedMigrations(client: pg.Client) {
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return rows;
}

function checkHistory(rows: AppliedRow[], files: MigrationFile[], log: (message: string) => void) {
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and is not marked rolled back. Repair the database, then run: ` +
        `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}';`,
    );
  }
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of rows.filter((r) => r.rolled_back_at === null)) {
    const file = byName.get(row.migration_name);
    if (!file) {
      log(`Warning: migration ${row.migration_name} is applied to the database but missing from the migrations folder`);
    } else if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied (its checksum changed). ` +
          `Restore the file and put the change in a new migration.`,
      );
    }
  }
}

async function runMigration(client: pg.Client, file: MigrationFile) {
  const startedAt = new Date();
  try {
    await client.query(file.sql);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${reason}`);
  }
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, now(), $3, $4, 1)`,
    [randomUUID(), file.checksum, file.name, startedAt],
  );
}

function quoteIdentifier(name: string) {
  return `"${name.replaceAll('"', '""')}"`;
}
