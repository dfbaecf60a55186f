import { randomUUID } from "node:crypto";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "@/lib/migrations/apply-migrations";

// The migration that made kickoffs the first of a series of sessions, on a database holding
// kickoffs, agreements and reveals made before it: the kickoffs stay as the partnership's sessions,
// agreements written while one ran belong to it, and those who acted in one took part in it.

const url = process.env.DATABASE_URL!;
const BEFORE = ["20261127120000_init", "20261202090000_privacy_over_time", "20261202100000_accounts"];
const SESSIONS = "20261202120000_sessions";
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

describe(`migration ${SESSIONS} with data`, () => {
  it("keeps existing kickoffs as the first sessions, with their agreements and who acted in them", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    const schema = `data_${randomUUID().slice(0, 8)}`;
    for (const name of BEFORE) await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    await applyMigrations({ connectionString: url, dir, schema });

    const q = (sql: string, values: unknown[] = []) => client.query(sql.replaceAll("$S", `"${schema}"`), values);
    for (const [id, name] of [["u1", "Anna"], ["u2", "Bram"], ["u3", "Gone Gerda"]]) {
      await q(`INSERT INTO $S."User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $1 || '@x.nl', $2, 'h', now())`, [id, name]);
    }
    await q(`INSERT INTO $S."Partnership" ("id", "name", "commonGoal", "desiredImpact", "updatedAt") VALUES ('p1', 'Pact', 'g', 'i', now())`);
    await q(`INSERT INTO $S."Membership" ("id", "userId", "partnershipId", "role", "updatedAt") VALUES ('m1', 'u1', 'p1', 'FACILITATOR', now()), ('m2', 'u2', 'p1', 'MEMBER', now())`);
    // An ended kickoff in November, a running one now.
    await q(
      `INSERT INTO $S."KickoffSession" ("id", "partnershipId", "status", "startedAt", "endedAt", "updatedAt")
       VALUES ('k1', 'p1', 'ENDED', '2026-11-10 09:00', '2026-11-10 11:00', now()),
              ('k2', 'p1', 'RUNNING', '2026-12-01 09:00', NULL, now())`,
    );
    await q(
      `INSERT INTO $S."Agreement" ("id", "partnershipId", "text", "position", "createdById", "createdAt", "updatedAt")
       VALUES ('a1', 'p1', 'During the first', 0, 'u1', '2026-11-10 10:00', now()),
              ('a2', 'p1', 'Between sessions', 1, 'u1', '2026-11-20 10:00', now()),
              ('a3', 'p1', 'During the second', 2, 'u3', '2026-12-01 10:00', now())`,
    );
    await q(`INSERT INTO $S."FieldReveal" ("id", "userId", "partnershipId", "field", "text", "kickoffId") VALUES ('r1', 'u2', 'p1', 'fears', 'x', 'k2')`);

    await cp(path.join(DEFAULT_MIGRATIONS_DIR, SESSIONS), path.join(dir, SESSIONS), { recursive: true });
    const result = await applyMigrations({ connectionString: url, dir, schema });
    expect(result.applied).toEqual([SESSIONS]);

    const sessions = await q(`SELECT "id", "status", "title", "endMemberCount" FROM $S."KickoffSession" ORDER BY "startedAt"`);
    expect(sessions.rows).toEqual([
      { id: "k1", status: "ENDED", title: null, endMemberCount: null },
      { id: "k2", status: "RUNNING", title: null, endMemberCount: null },
    ]);
    const agreements = await q(`SELECT "id", "sessionId" FROM $S."Agreement" ORDER BY "id"`);
    expect(agreements.rows).toEqual([
      { id: "a1", sessionId: "k1" },
      { id: "a2", sessionId: null },
      { id: "a3", sessionId: "k2" },
    ]);
    // Gerda wrote an agreement but is no member (any more): not listed as taking part.
    const participants = await q(`SELECT "sessionId", "userId" FROM $S."SessionParticipant" ORDER BY "sessionId", "userId"`);
    expect(participants.rows).toEqual([
      { sessionId: "k1", userId: "u1" },
      { sessionId: "k2", userId: "u2" },
    ]);
    expect((await q(`SELECT count(*)::int AS n FROM $S."PlannedSession"`)).rows).toEqual([{ n: 0 }]);
    await client.query(`DROP SCHEMA "${schema}" CASCADE`);
  });
});
