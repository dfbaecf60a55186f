import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, MigrationError } from "@/lib/migrations/apply-migrations";

const url = process.env.DATABASE_URL!;
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

/** A migrations folder of its own and a schema of its own, so that tests do not meet. */
async function sandbox(migrations: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await writeMigrations(dir, migrations);
  return { dir, schema: `test_${randomUUID().slice(0, 8)}` };
}

async function writeMigrations(dir: string, migrations: Record<string, string>) {
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
}

async function history(schema: string) {
  const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "${schema}"."_prisma_migrations" ORDER BY migration_name`,
  );
  return rows;
}

async function tableExists(schema: string, table: string) {
  const { rows } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2`, [schema, table]);
  return rows.length > 0;
}

const FIRST = { "20260101000000_first": `CREATE TABLE "Thing" ("id" TEXT PRIMARY KEY);` };
const SECOND = { "20260102000000_second": `ALTER TABLE "Thing" ADD COLUMN "label" TEXT;` };

describe("applyMigrations", () => {
  it("applies pending migrations in order and records them as Prisma does", async () => {
    const { dir, schema } = await sandbox({ ...FIRST, ...SECOND });
    const result = await applyMigrations({ connectionString: url, dir, schema });
    expect(result.applied).toEqual(["20260101000000_first", "20260102000000_second"]);
    const rows = await history(schema);
    expect(rows.map((r) => r.migration_name)).toEqual(result.applied);
    expect(rows.every((r) => r.finished_at !== null && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
  });

  it("applies nothing the second time, and only the new one after a migration is added", async () => {
    const { dir, schema } = await sandbox(FIRST);
    await applyMigrations({ connectionString: url, dir, schema });
    expect((await applyMigrations({ connectionString: url, dir, schema })).applied).toEqual([]);
    await writeMigrations(dir, SECOND);
    const third = await applyMigrations({ connectionString: url, dir, schema });
    expect(third).toEqual({ applied: ["20260102000000_second"], upToDate: 1 });
  });

  it("applies each migration once when several instances start together", async () => {
    const { dir, schema } = await sandbox({ ...FIRST, ...SECOND });
    const results = await Promise.all([1, 2, 3].map(() => applyMigrations({ connectionString: url, dir, schema })));
    expect(results.flatMap((r) => r.applied).sort()).toEqual(["20260101000000_first", "20260102000000_second"]);
    expect(await history(schema)).toHaveLength(2);
  });

  it("refuses to go on when an applied migration was edited afterwards", async () => {
    const { dir, schema } = await sandbox(FIRST);
    await applyMigrations({ connectionString: url, dir, schema });
    await writeMigrations(dir, { "20260101000000_first": `CREATE TABLE "Thing" ("id" TEXT PRIMARY KEY, "extra" INT);` });
    await writeMigrations(dir, SECOND);
    await expect(applyMigrations({ connectionString: url, dir, schema })).rejects.toThrow(/20260101000000_first was edited after it was applied/);
    expect(await history(schema)).toHaveLength(1);
  });

  it("rolls a failing migration back whole and reports which one failed", async () => {
    const { dir, schema } = await sandbox({
      ...FIRST,
      "20260103000000_broken": `CREATE TABLE "Half" ("id" TEXT); INSERT INTO "Nowhere" VALUES (1);`,
    });
    const attempt = applyMigrations({ connectionString: url, dir, schema });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(/20260103000000_broken failed/);
    expect(await tableExists(schema, "Half")).toBe(false);
    expect((await history(schema)).map((r) => r.migration_name)).toEqual(["20260101000000_first"]);
  });

  it("builds the project's own schema from nothing", async () => {
    const schema = `test_${randomUUID().slice(0, 8)}`;
    const result = await applyMigrations({ connectionString: url, dir: DEFAULT_MIGRATIONS_DIR, schema });
    expect(result.applied.length).toBeGreaterThan(0);
    expect(await tableExists(schema, "Partnership")).toBe(true);
  });
});
