import { describe, expect, it } from "vitest";
import { schemaBeforeMigration } from "@/lib/testing/schema-before-migration";

// The migration that starts the answer history, on a database holding profiles and missions:
// each answer's text of today becomes its first version, dated when it was last saved.

const HISTORY = "20261202130000_answer_history";

describe(`migration ${HISTORY} with data`, () => {
  it("makes every answer's current text its first version, and nothing of empty answers", async () => {
    const { q, migrate, drop } = await schemaBeforeMigration(HISTORY);
    await q(`INSERT INTO $S."User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u1', 'u1@x.nl', 'Bram', 'h', now()), ('u2', 'u2@x.nl', 'Anna', 'h', now())`);
    await q(`INSERT INTO $S."Profile" ("userId", "origin", "fears", "updatedAt") VALUES ('u1', 'Deventer', 'Silence', '2026-11-20 10:00:00')`);
    await q(`INSERT INTO $S."Mission" ("userId", "statement", "updatedAt") VALUES ('u1', 'Dry feet', '2026-11-21 09:30:00')`);
    await q(`INSERT INTO $S."Profile" ("userId", "updatedAt") VALUES ('u2', now())`);

    const result = await migrate();
    expect(result.applied).toEqual([HISTORY]);

    const { rows } = await q(`SELECT "userId", "field"::text AS "field", "text", to_char("savedAt", 'YYYY-MM-DD HH24:MI') AS "savedAt" FROM $S."AnswerVersion" ORDER BY "field"`);
    expect(rows).toEqual([
      { userId: "u1", field: "fears", text: "Silence", savedAt: "2026-11-20 10:00" },
      { userId: "u1", field: "origin", text: "Deventer", savedAt: "2026-11-20 10:00" },
      { userId: "u1", field: "statement", text: "Dry feet", savedAt: "2026-11-21 09:30" },
    ]);
    await drop();
  });
});
