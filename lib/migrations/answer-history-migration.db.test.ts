import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "@/lib/migrations/apply-migrations";

// The migration that starts the answer history, on a database holding profiles and missions:
// each answer's text of today becomes its first version, dated when it was last saved.

const url = process.env.DATABASE_URL!;
const HISTORY = "20261202130000_answer_history";
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

describe(`migration ${HISTORY} with data`, () => {
  it("makes every answer's current text its first version, and nothing of empty answers", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    const schema = `data_${randomUUID().slice(0, 8)}`;
    const earlier = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((name) => /^\d{14}_/.test(name) && name < HISTORY);
    for (const name of earlier) await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    await applyMigrations({ connectionString: url, dir, schema });

    const q = (sql: string, values: unknown[] = []) => client.query(sql.replaceAll("$S", `"${schema}"`), values);
    await q(`INSERT INTO $S."User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u1', 'u1@x.nl', 'Bram', 'h', now()), ('u2', 'u2@x.nl', 'Anna', 'h', now())`);
    await q(`INSERT INTO $S."Profile" ("userId", "origin", "fears", "updatedAt") VALUES ('u1', 'Deventer', 'Silence', '2026-11-20 10:00:00')`);
    await q(`INSERT INTO $S."Mission" ("userId", "statement", "updatedAt") VALUES ('u1', 'Dry feet', '2026-11-21 09:30:00')`);
    await q(`INSERT INTO $S."Profile" ("userId", "updatedAt") VALUES ('u2', now())`);

    await cp(path.join(DEFAULT_MIGRATIONS_DIR, HISTORY), path.join(dir, HISTORY), { recursive: true });
    const result = await applyMigrations({ connectionString: url, dir, schema });
    expect(result.applied).toEqual([HISTORY]);

    const { rows } = await q(`SELECT "userId", "field"::text AS "field", "text", to_char("savedAt", 'YYYY-MM-DD HH24:MI') AS "savedAt" FROM $S."AnswerVersion" ORDER BY "field"`);
    expect(rows).toEqual([
      { userId: "u1", field: "fears", text: "Silence", savedAt: "2026-11-20 10:00" },
      { userId: "u1", field: "origin", text: "Deventer", savedAt: "2026-11-20 10:00" },
      { userId: "u1", field: "statement", text: "Dry feet", savedAt: "2026-11-21 09:30" },
    ]);
    await q(`DROP SCHEMA $S CASCADE`);
  });
});
