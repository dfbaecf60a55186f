import { describe, expect, it } from "vitest";
import { compareSinceSession } from "@/lib/partnership-sessions/compare-since-session";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
const END = at(30);
const person = (id: string) => ({ id, name: `Name ${id}` });

describe("compareSinceSession", () => {
  it("leaves out someone who joined and left again since, and someone who left and came back", () => {
    const result = compareSinceSession({
      endedAt: END,
      viewerJoinedAt: at(0),
      members: [
        { id: "m-back", joinedAt: at(45), organisation: "", user: person("back") },
        { id: "m-new", joinedAt: at(40), organisation: "Org", user: person("new") },
      ],
      departures: [
        { id: "d-back", leftAt: at(35), memberSince: at(1), user: person("back") },
        { id: "d-brief", leftAt: at(50), memberSince: at(40), user: person("brief") },
        { id: "d-gone", leftAt: at(55), memberSince: at(2), user: null },
      ],
      needs: [],
      kept: [],
    });
    expect(result.joined.map((m) => m.name)).toEqual(["Name new"]);
    expect(result.left).toEqual([{ id: "d-gone", name: null, accountDeleted: true, beforeViewer: false, leftAt: at(55) }]);
  });

  it("tells a viewer who joined after someone left that someone left, not who", () => {
    const result = compareSinceSession({
      endedAt: END,
      viewerJoinedAt: at(40),
      members: [{ id: "m-viewer", joinedAt: at(40), organisation: "", user: person("viewer") }],
      departures: [
        { id: "d-early", leftAt: at(35), memberSince: at(3), user: person("early") },
        { id: "d-later", leftAt: at(45), memberSince: at(4), user: person("later") },
      ],
      needs: [],
      kept: [],
    });
    expect(result.left.map((m) => [m.name, m.beforeViewer])).toEqual([
      [null, true],
      ["Name later", false],
    ]);
  });

  it("lists needs whose count changed, new needs, and counts removed ones; nothing to compare without a snapshot", () => {
    const input = {
      endedAt: END,
      viewerJoinedAt: at(0),
      members: [],
      departures: [],
      needs: [
        { id: "same", title: "Same", contributorCount: 2 },
        { id: "up", title: "Up", contributorCount: 2 },
        { id: "new", title: "New", contributorCount: 0 },
      ],
      kept: [
        { needId: "same", contributorCount: 2 },
        { needId: "up", contributorCount: 1 },
        { needId: "gone", contributorCount: 3 },
      ],
    };
    const result = compareSinceSession(input);
    expect(result.needs).toEqual([
      { needId: "up", title: "Up", before: { count: 1, status: "single" }, now: { count: 2, status: "shared" } },
      { needId: "new", title: "New", before: null, now: { count: 0, status: "gap" } },
    ]);
    expect(result.removedNeedCount).toBe(1);
    expect(compareSinceSession({ ...input, kept: null })).toMatchObject({ needs: null, removedNeedCount: null });
  });
});
