import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";
import { DEMO_PASSWORD, demoEmail, seedDemo } from "./seed";
import { DEMO_MEMBERS, DEMO_NOTES, DEMO_PARTNERSHIP } from "./seed-data";

async function seeded() {
  const lines: string[] = [];
  await seedDemo({ log: (line) => lines.push(line) });
  return lines.join("\n");
}

async function demoPartnerships() {
  return db.partnership.findMany({
    where: { name: DEMO_PARTNERSHIP.name, memberships: { some: { user: { email: demoEmail("anna") } } } },
    select: {
      id: true,
      _count: { select: { memberships: true, notes: true } },
      needs: { select: { title: true, _count: { select: { contributions: true } } } },
      memberships: { where: { role: "FACILITATOR" }, select: { user: { select: { email: true } } } },
    },
  });
}

describe("the demo seed", () => {
  it("makes the partnership the README promises, once, and makes it whole again after an interrupted run", async () => {
    expect(await seeded()).toMatch(/^Seeded the demo partnership/);
    const [demo, ...more] = await demoPartnerships();
    expect(more).toEqual([]);
    expect(demo?._count).toEqual({ memberships: DEMO_MEMBERS.length, notes: DEMO_NOTES.length });
    expect(demo?.memberships.map((m) => m.user.email).sort()).toEqual([demoEmail("anna"), demoEmail("eva")]);
    // The view has something to show: a need nobody covers, and needs resting on one person.
    const coverage = new Map(demo?.needs.map((need) => [need.title, need._count.contributions]));
    expect(coverage.get("One clear story for all residents")).toBe(0);
    expect(coverage.get("Political backing in every municipality")).toBe(1);
    expect(coverage.get("Farmers on board")).toBe(1);
    await expect(signInWithPassword({ email: demoEmail("bram"), password: DEMO_PASSWORD, address: "10.9.9.9" })).resolves.toMatchObject({
      name: expect.stringContaining("Bram"),
    });

    expect(await seeded()).toBe("Demo data already present");
    expect(await demoPartnerships()).toHaveLength(1);

    // Stopped halfway on a first start: the notes (the last step) never came.
    await db.note.deleteMany({ where: { partnershipId: demo?.id } });
    expect(await seeded()).toMatch(/incomplete[\s\S]*Seeded the demo partnership/);
    const [again, ...extra] = await demoPartnerships();
    expect(extra).toEqual([]);
    expect(again?._count).toEqual({ memberships: DEMO_MEMBERS.length, notes: DEMO_NOTES.length });
    await expect(signInWithPassword({ email: demoEmail("anna"), password: DEMO_PASSWORD, address: "10.9.9.9" })).resolves.toBeDefined();
  });
});
