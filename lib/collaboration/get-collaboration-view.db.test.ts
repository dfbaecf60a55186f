import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetPartnership, getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { makePartnership } from "@/lib/testing/factories";

// The cache is what is tested here: loads are counted, and the data is only as big as each test needs.
const loads = vi.hoisted(() => ({ count: 0, size: new Map<string, number>() }));
vi.mock("@/lib/collaboration/load-collaboration-data", () => ({
  loadCollaborationData: async (id: string) => {
    loads.count++;
    return { id, viewVersion: 1, description: "x".repeat(loads.size.get(id) ?? 10) };
  },
}));
vi.mock("@/lib/collaboration/build-collaboration-view", () => ({ buildCollaborationView: (data: unknown) => data }));

const viewer = {} as Parameters<typeof getCollaborationView>[1];
const MB = 1024 * 1024;

async function read(id: string) {
  const before = loads.count;
  await getCollaborationView({ id, viewVersion: 1 }, viewer);
  return loads.count > before ? "loaded" : "cached";
}

beforeEach(() => {
  loads.count = 0;
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
});
