import { expect, it } from "vitest";
import { db } from "@/lib/db";

// Many clients at once, through the app's own client, each running a query with parameters and then a transaction: every query
// must get its own answer. The embedded server once let such queries interleave, which failed some
// and, worse, answered others with another client's parameters.
it("keeps concurrent queries and transactions apart", async () => {
  const wrong: string[] = [];
  for (let round = 0; round < 15; round++) {
    const flows = Array.from({ length: 10 }, async (_, i) => {
      const plain = await db.$queryRaw<{ n: number; label: string }[]>`SELECT ${i}::int AS n, ${`client ${i}`}::text AS label`;
      if (plain[0]?.n !== i || plain[0]?.label !== `client ${i}`) wrong.push(`plain ${i}`);
      await db.$transaction(async (tx) => {
        const inside = await tx.$queryRaw<{ n: number }[]>`SELECT ${i}::int + ${1}::int + ${2}::int AS n`;
        if (inside[0]?.n !== i + 3) wrong.push(`transaction ${i}`);
      });
    });
    const outcomes = await Promise.allSettled(flows);
    for (const outcome of outcomes) if (outcome.status === "rejected") wrong.push(String(outcome.reason).slice(0, 200));
  }
  expect(wrong).toEqual([]);
});
