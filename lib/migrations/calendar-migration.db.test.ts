import { describe, expect, it } from "vitest";
import { schemaBeforeMigration } from "@/lib/testing/schema-before-migration";

// The migration that gives partnerships a time zone, on a database holding partnerships and a
// planned session: each keeps showing its times as before (Europe/Amsterdam), and no plan counts
// as reminded.

const CALENDAR = "20261202150000_calendar";

describe(`migration ${CALENDAR} with data`, () => {
  it("puts existing partnerships in Europe/Amsterdam, keeps their plans unreminded, and knows the new notification kind", async () => {
    const { q, migrate, drop } = await schemaBeforeMigration(CALENDAR);
    await q(`INSERT INTO $S."User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u1', 'u1@x.nl', 'Bram', 'h', now())`);
    await q(`INSERT INTO $S."Partnership" ("id", "name", "commonGoal", "desiredImpact", "updatedAt") VALUES ('p1', 'Rivierenland', 'Dry feet', 'Safe', now()), ('p2', 'Klimaatpact', 'Cool', 'Less heat', now())`);
    await q(`INSERT INTO $S."PlannedSession" ("id", "partnershipId", "title", "scheduledAt", "stepKinds", "updatedAt") VALUES ('s1', 'p1', 'Check-in', '2027-03-10 13:30:00', '{WHO_AM_I}', now())`);

    const result = await migrate();
    expect(result.applied).toEqual([CALENDAR]);

    expect((await q(`SELECT "id", "timeZone" FROM $S."Partnership" ORDER BY "id"`)).rows).toEqual([
      { id: "p1", timeZone: "Europe/Amsterdam" },
      { id: "p2", timeZone: "Europe/Amsterdam" },
    ]);
    expect((await q(`SELECT "id", "remindedAt" FROM $S."PlannedSession"`)).rows).toEqual([{ id: "s1", remindedAt: null }]);
    expect((await q(`SELECT count(*)::int AS "count" FROM $S."CalendarFeed"`)).rows).toEqual([{ count: 0 }]);
    // The new kind can be chosen as a preference once the migration has committed.
    await q(`INSERT INTO $S."NotificationPreference" ("userId", "kind", "channel") VALUES ('u1', 'SESSION_PLANNED', 'OFF')`);
    await drop();
  });
});
