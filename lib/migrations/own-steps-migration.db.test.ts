import { describe, expect, it } from "vitest";
import { schemaBeforeMigration } from "@/lib/testing/schema-before-migration";

// The migration that gave planned sessions a table of steps (so that they can hold the
// partnership's own steps), on a database holding plans and sessions made before it: every plan
// keeps its steps in their order, and sessions keep theirs with the default questions.

const OWN_STEPS = "20261202170000_own_steps";

describe(`migration ${OWN_STEPS} with data`, () => {
  it("keeps the steps of existing plans in their order, and existing sessions as they were", async () => {
    const { q, migrate, drop } = await schemaBeforeMigration(OWN_STEPS);
    await q(`INSERT INTO $S."User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u1', 'u1@x.nl', 'Anna', 'h', now())`);
    await q(`INSERT INTO $S."Partnership" ("id", "name", "commonGoal", "desiredImpact", "updatedAt") VALUES ('p1', 'Pact', 'g', 'i', now())`);
    await q(
      `INSERT INTO $S."PlannedSession" ("id", "partnershipId", "title", "scheduledAt", "stepKinds", "createdById", "updatedAt")
       VALUES ('s1', 'p1', 'Check-in', '2027-01-10 09:00', ARRAY['AGREEMENTS', 'WHO_AM_I', 'EXPLORING']::$S."KickoffStepKind"[], 'u1', now()),
              ('s2', 'p1', 'Short one', '2027-02-10 09:00', ARRAY['SHARED_CHALLENGE']::$S."KickoffStepKind"[], NULL, now())`,
    );
    await q(`INSERT INTO $S."KickoffSession" ("id", "partnershipId", "status", "updatedAt") VALUES ('k1', 'p1', 'ENDED', now())`);
    await q(
      `INSERT INTO $S."KickoffStep" ("id", "sessionId", "kind", "position", "title", "durationMinutes")
       VALUES ('ks1', 'k1', 'WHO_AM_I', 0, NULL, 20), ('ks2', 'k1', 'AGREEMENTS', 1, 'Our promises', 15)`,
    );

    const result = await migrate();
    expect(result.applied).toEqual([OWN_STEPS]);

    const plans = await q(`SELECT "id", "title" FROM $S."PlannedSession" ORDER BY "id"`);
    expect(plans.rows).toEqual([
      { id: "s1", title: "Check-in" },
      { id: "s2", title: "Short one" },
    ]);
    const steps = await q(`SELECT "plannedSessionId", "position", "kind", "ownStepId" FROM $S."PlannedSessionStep" ORDER BY "plannedSessionId", "position"`);
    expect(steps.rows).toEqual([
      { plannedSessionId: "s1", position: 0, kind: "AGREEMENTS", ownStepId: null },
      { plannedSessionId: "s1", position: 1, kind: "WHO_AM_I", ownStepId: null },
      { plannedSessionId: "s1", position: 2, kind: "EXPLORING", ownStepId: null },
      { plannedSessionId: "s2", position: 0, kind: "SHARED_CHALLENGE", ownStepId: null },
    ]);
    const held = await q(`SELECT "id", "title", "questions" FROM $S."KickoffStep" ORDER BY "position"`);
    expect(held.rows).toEqual([
      { id: "ks1", title: null, questions: [] },
      { id: "ks2", title: "Our promises", questions: [] },
    ]);
    // The new kind can be used once the migration is in.
    await q(`INSERT INTO $S."OwnStep" ("id", "partnershipId", "title", "questions", "durationMinutes", "updatedAt") VALUES ('o1', 'p1', 'Retro', ARRAY['How did it go?'], 20, now())`);
    await q(`INSERT INTO $S."PlannedSessionStep" ("id", "plannedSessionId", "position", "kind", "ownStepId") VALUES ('x1', 's2', 1, 'OWN', 'o1')`);
    await q(`DELETE FROM $S."OwnStep" WHERE "id" = 'o1'`);
    expect((await q(`SELECT count(*)::int AS n FROM $S."PlannedSessionStep" WHERE "plannedSessionId" = 's2'`)).rows).toEqual([{ n: 1 }]);
    await drop();
  });
});
