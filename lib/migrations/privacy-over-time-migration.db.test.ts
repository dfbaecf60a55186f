import { randomUUID } from "node:crypto";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "@/lib/migrations/apply-migrations";

// The migration that made reveals copies, on a database holding reveals made the old way: those
// outside a running kickoff end (their owners never chose to keep them), those in a running one
// become copies of the answer as it stands, ending with that kickoff.

const url = process.env.DATABASE_URL!;
const INIT = "20261127120000_init";
const PRIVACY = "20261202090000_privacy_over_time";
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

describe(`migration ${PRIVACY} with data`, () => {
  it("ends reveals outside a running kickoff and turns those in one into copies tied to it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    const schema = `data_${randomUUID().slice(0, 8)}`;
    await cp(path.join(DEFAULT_MIGRATIONS_DIR, INIT), path.join(dir, INIT), { recursive: true });
    await applyMigrations({ connectionString: url, dir, schema });

    const q = (sql: string, values: unknown[] = []) => client.query(sql.replaceAll("$S", `"${schema}"`), values);
    await q(`INSERT INTO $S."User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u1', 'u1@x.nl', 'Bram', 'h', now())`);
    await q(
      `INSERT INTO $S."Profile" ("userId", "fears", "fearsVisibility", "valuesNorms", "valuesNormsVisibility", "valueTags", "updatedAt")
       VALUES ('u1', 'Afraid of silence', 'ONLY_ME', 'Trust', 'ONLY_ME', ARRAY['trust'], now())`,
    );
    await q(`INSERT INTO $S."Mission" ("userId", "drives", "drivesVisibility", "updatedAt") VALUES ('u1', 'My children', 'FACILITATORS', now())`);
    for (const id of ["running", "ended"]) {
      await q(`INSERT INTO $S."Partnership" ("id", "name", "commonGoal", "desiredImpact", "updatedAt") VALUES ($1, $1, 'g', 'i', now())`, [id]);
    }
    await q(`INSERT INTO $S."KickoffSession" ("id", "partnershipId", "status", "updatedAt") VALUES ('k1', 'running', 'RUNNING', now())`);
    await q(`INSERT INTO $S."KickoffSession" ("id", "partnershipId", "status", "endedAt", "updatedAt") VALUES ('k2', 'ended', 'ENDED', now(), now())`);
    const reveals = [
      ["r1", "running", "fears"],
      ["r2", "running", "valuesNorms"],
      ["r3", "running", "drives"],
      ["r4", "ended", "fears"],
    ];
    for (const [id, partnershipId, field] of reveals) {
      await q(`INSERT INTO $S."FieldReveal" ("id", "userId", "partnershipId", "field") VALUES ($1, 'u1', $2, $3)`, [id, partnershipId, field]);
    }

    await cp(path.join(DEFAULT_MIGRATIONS_DIR, PRIVACY), path.join(dir, PRIVACY), { recursive: true });
    const result = await applyMigrations({ connectionString: url, dir, schema });
    expect(result.applied).toEqual([PRIVACY]);

    const { rows } = await q(`SELECT "id", "text", "tags", "kickoffId", "keep" FROM $S."FieldReveal" ORDER BY "id"`);
    expect(rows).toEqual([
      { id: "r1", text: "Afraid of silence", tags: [], kickoffId: "k1", keep: false },
      { id: "r2", text: "Trust", tags: ["trust"], kickoffId: "k1", keep: false },
      { id: "r3", text: "My children", tags: [], kickoffId: "k1", keep: false },
    ]);
    await client.query(`DROP SCHEMA "${schema}" CASCADE`);
  });
});
