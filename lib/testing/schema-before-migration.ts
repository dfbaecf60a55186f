import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "@/lib/migrations/apply-migrations";

/**
 * For a test of one migration on a database holding data: a new schema of DATABASE_URL's database,
 * migrated up to just before `migration`. `q` runs SQL on it with `$S` naming the schema; `migrate`
 * then applies `migration` alone, as a deployment would; `drop` removes the schema and closes the
 * connection.
 */
export async function schemaBeforeMigration(migration: string) {
  const url = process.env.DATABASE_URL!;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  const schema = `data_${randomUUID().slice(0, 8)}`;
  const earlier = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((name) => /^\d{14}_/.test(name) && name < migration).sort();
  for (const name of earlier) await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  await applyMigrations({ connectionString: url, dir, schema });
  const q = (sql: string, values: unknown[] = []) => client.query(sql.replaceAll("$S", `"${schema}"`), values);
  return {
    schema,
    q,
    migrate: async () => {
      await cp(path.join(DEFAULT_MIGRATIONS_DIR, migration), path.join(dir, migration), { recursive: true });
      return applyMigrations({ connectionString: url, dir, schema });
    },
    drop: async () => {
      await q(`DROP SCHEMA $S CASCADE`);
      await client.end();
    },
  };
}
