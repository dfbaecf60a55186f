import { describe, expect, it } from "vitest";
import { schemaBeforeMigration } from "@/lib/testing/schema-before-migration";

// The migration that keeps each need's coverage when a session ends and records departures, on a
// database holding held sessions: those keep their counts and are marked as having kept no
// per-need coverage (nor departures), so that the page says what it cannot compare.

const COVERAGE = "20261202160000_session_coverage";

describe(`migration ${COVERAGE} with data`, () => {
  it("keeps held sessions and their counts, marked as having kept no per-need coverage", async () => {
    const { q, migrate, drop } = await schemaBeforeMigration(COVERAGE);
    await q(`INSERT INTO $S."Partnership" ("id", "name", "commonGoal", "desiredImpact", "updatedAt") VALUES ('p1', 'Rivierenland', 'Goal', 'Impact', now())`);
    await q(`INSERT INTO $S."KickoffSession" ("id", "partnershipId", "status", "endedAt", "updatedAt", "endMemberCount", "endNeedCount", "endCoveredNeedCount", "endAverageAlignment")
             VALUES ('k1', 'p1', 'ENDED', '2026-11-20 10:00:00', now(), 4, 3, 2, 3.5)`);

    const result = await migrate();
    expect(result.applied).toEqual([COVERAGE]);

    const { rows } = await q(`SELECT "id", "endMemberCount", "endCoveredNeedCount", "endAverageAlignment", "needCoverageKept" FROM $S."KickoffSession"`);
    expect(rows).toEqual([{ id: "k1", endMemberCount: 4, endCoveredNeedCount: 2, endAverageAlignment: 3.5, needCoverageKept: false }]);
    expect((await q(`SELECT count(*)::int AS "n" FROM $S."SessionNeedCoverage"`)).rows).toEqual([{ n: 0 }]);
    expect((await q(`SELECT count(*)::int AS "n" FROM $S."MemberDeparture"`)).rows).toEqual([{ n: 0 }]);
    await drop();
  });
});
