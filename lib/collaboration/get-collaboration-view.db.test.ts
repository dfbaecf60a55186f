import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetPartnership, getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { makePartnership } from "@/lib/testing/factories";

// The cache is what is tested here: loads and derivations are counted, and the data is only as
// big as each test needs. A load reads the partnership's version as it is when the load starts.
const loads = vi.hoisted(() => ({ count: 0, derived: 0, size: new Map<string, number>(), version: new Map<string, number>(), gate: null as Promise<void> | null }));
vi.mock("@/lib/collaboration/load-collaboration-data", () => ({
  loadCollaborationData: async (id: string) => {
    loads.count++;
    const viewVersion = loads.version.get(id) ?? 1;
    await loads.gate;
    return { id, viewVersion, description: "x".repeat(loads.size.get(id) ?? 10) };
  },
}));
vi.mock("@/lib/collaboration/derive-collaboration-view", () => ({
  deriveCollaborationView: (data: { viewVersion: number }, viewer: { userId: string; role: string }) => {
    loads.derived++;
    return { viewVersion: data.viewVersion, for: `${viewer.userId}/${viewer.role}` };
  },
}));
vi.mock("@/lib/collaboration/build-collaboration-view", () => ({ narrowCollaborationView: (view: unknown) => view }));

const viewer: Parameters<typeof getCollaborationView>[1] = { userId: "u1", role: "MEMBER" };
const MB = 1024 * 1024;

async function read(id: string) {
  const before = loads.count;
  await getCollaborationView({ id, viewVersion: 1 }, viewer);
  return loads.count > before ? "loaded" : "cached";
}

beforeEach(() => {
  loads.count = 0;
  loads.derived = 0;
  loads.gate = null;
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the collaboration view's cache", () => {
  it("keeps to a budget in bytes: large partnerships push out the oldest, and one larger than the budget is not kept", async () => {
    const [a, b, c, huge] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    // About 24 MB each as counted (two bytes a character): two fit in 64 MB, three do not.
    for (const id of [a, b, c]) loads.size.set(id, 12 * MB);
    loads.size.set(huge, 33 * MB);
    expect(await read(a)).toBe("loaded");
    expect(await read(b)).toBe("loaded");
    expect(await read(a)).toBe("cached");
    expect(await read(b)).toBe("cached");
    expect(await read(c)).toBe("loaded");
    expect(await read(a)).toBe("loaded"); // pushed out by c
    expect(await read(c)).toBe("cached");
    expect(await read(huge)).toBe("loaded");
    expect(await read(huge)).toBe("loaded");
    expect(await read(c)).toBe("cached"); // an entry that is not kept pushes nothing out
    for (const id of [a, b, c, huge]) forgetPartnership(id);
  });

  it("forgets a partnership at once when told, and within a minute when it no longer exists", async () => {
    const gone = randomUUID();
    expect(await read(gone)).toBe("loaded");
    expect(await read(gone)).toBe("cached");
    forgetPartnership(gone);
    expect(await read(gone)).toBe("loaded");

    // Deleted through another instance: this one checks what still exists once a minute.
    const { id: existing } = await makePartnership();
    expect(await read(existing)).toBe("loaded");
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ["Date"] });
    expect(await read(existing)).toBe("cached"); // the check ran: it still exists
    expect(await read(gone)).toBe("loaded"); // it did not
    forgetPartnership(existing);
  });

  it("lets requests that come while a partnership keeps changing share loads, each seeing at least the version it read", async () => {
    const id = randomUUID();
    let open: () => void = () => {};
    loads.gate = new Promise((resolve) => (open = resolve));
    loads.version.set(id, 1);
    const first = getCollaborationView({ id, viewVersion: 1 }, viewer);
    // Twenty requests, each having read a newer version while the first load runs.
    const later = Array.from({ length: 20 }, (_, i) => {
      loads.version.set(id, i + 2);
      return getCollaborationView({ id, viewVersion: i + 2 }, viewer);
    });
    loads.gate = null;
    open();
    const views = (await Promise.all([first, ...later])) as unknown as { viewVersion: number }[];
    expect(views.map((view, i) => view.viewVersion >= i + 1)).toEqual(views.map(() => true));
    expect(loads.count).toBe(2); // the running load, then one more for all who came during it
    forgetPartnership(id);
  });

  it("derives a view per data version, user and role, and never hands one viewer's to another", async () => {
    const id = randomUUID();
    loads.version.set(id, 1);
    const as = (userId: string, role: "MEMBER" | "FACILITATOR", viewVersion = 1) =>
      getCollaborationView({ id, viewVersion }, { userId, role }) as unknown as Promise<{ viewVersion: number; for: string }>;
    expect((await as("u1", "MEMBER")).for).toBe("u1/MEMBER");
    expect((await as("u2", "MEMBER")).for).toBe("u2/MEMBER");
    expect((await as("u1", "FACILITATOR")).for).toBe("u1/FACILITATOR");
    expect(loads.derived).toBe(3);
    expect((await as("u1", "MEMBER")).for).toBe("u1/MEMBER");
    expect(loads.derived).toBe(3); // kept
    loads.version.set(id, 2);
    const changed = await as("u1", "MEMBER", 2);
    expect(changed).toEqual({ viewVersion: 2, for: "u1/MEMBER" });
    expect(loads.derived).toBe(4); // new data, derived anew
    forgetPartnership(id);
  });
});
