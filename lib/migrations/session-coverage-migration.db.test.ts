import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "@/lib/migrations/apply-migrations";

// The migration that keeps each need's coverage when a session ends and records departures, on a
// database holding held sessions: those keep their counts and are marked as having kept no
// per-need coverage (nor departures), so that the page says what it cannot compare.

const url = process.env.DATABASE_URL!;
const COVERAGE = "20261202160000_session_coverage";
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

describe(`migration ${COVERAGE} with data`, () => {
  it("keeps held sessions and their counts, marked as having kept no per-need coverage", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    const schema = `data_${randomUUID().slice(0, 8)}`;
    const earlier = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((name) => /^\d{14}_/.test(name) && name < COVERAGE);
    for (const name of earlier) await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    await applyMigrations({ connectionString: url, dir, schema });

    const q = (sql: string, values: unknown[] = []) => client.query(sql.replaceAll("$S", `"${schema}"`), values);
    await q(`INSERT INTO $S."Partnership" ("id", "name", "commonGoal", "desiredImpact", "updatedAt") VALUES ('p1', 'Rivierenland', 'Goal', 'Impact', now())`);
    await q(`INSERT INTO $S."KickoffSession" ("id", "partnershipId", "status", "endedAt", "updatedAt", "endMemberCount", "endNeedCount", "endCoveredNeedCount", "endAverageAlignment")
             VALUES ('k1', 'p1', 'ENDED', '2026-11-20 10:00:00', now(), 4, 3, 2, 3.5)`);

    await cp(path.join(DEFAULT_MIGRATIONS_DIR, COVERAGE), path.join(dir, COVERAGE), { recursive: true });
    const result = await applyMigrations({ connectionString: url, dir, schema });
    expect(result.applied).toEqual([COVERAGE]);

    const { rows } = await q(`SELECT "id", "endMemberCount", "endCoveredNeedCount", "endAverageAlignment", "needCoverageKept" FROM $S."KickoffSession"`);
    expect(rows).toEqual([{ id: "k1", endMemberCount: 4, endCoveredNeedCount: 2, endAverageAlignment: 3.5, needCoverageKept: false }]);
    expect((await q(`SELECT count(*)::int AS "n" FROM $S."SessionNeedCoverage"`)).rows).toEqual([{ n: 0 }]);
    expect((await q(`SELECT count(*)::int AS "n" FROM $S."MemberDeparture"`)).rows).toEqual([{ n: 0 }]);
    await q(`DROP SCHEMA $S CASCADE`);
  });
});
