import { describe, expect, it } from "vitest";
import { alignmentMap, ringRadius } from "@/lib/collaboration/alignment-map";

describe("alignmentMap", () => {
  it("places better-aligned members nearer the goal, unrated ones farthest", () => {
    const size = 600;
    expect(ringRadius(5, size)).toBeLessThan(ringRadius(3, size));
    expect(ringRadius(3, size)).toBeLessThan(ringRadius(1, size));
    expect(ringRadius(1, size)).toBeLessThan(ringRadius(null, size));
    const layout = alignmentMap({
      size,
      needs: [{ id: "n1", title: "Funding" }],
      members: [
        { membershipId: "m1", name: "Close", alignment: 5, needIds: ["n1"] },
        { membershipId: "m2", name: "Far", alignment: 1, needIds: [] },
      ],
    });
    const distance = (p: { x: number; y: number }) => Math.hypot(p.x - layout.centre, p.y - layout.centre);
    const [close, far] = layout.members;
    expect(distance(close!)).toBeLessThan(distance(far!));
    expect(layout.links).toEqual([{ membershipId: "m1", needId: "n1", x1: close!.x, y1: close!.y, x2: layout.needs[0]!.x, y2: layout.needs[0]!.y }]);
  });

  it("keeps everything inside the square", () => {
    const members = Array.from({ length: 200 }, (_, i) => ({ membershipId: `m${i}`, name: `M ${i}`, alignment: i % 6 === 0 ? null : (i % 5) + 1, needIds: [] }));
    const layout = alignmentMap({ needs: [], members, size: 640 });
    for (const member of layout.members) {
      expect(member.x).toBeGreaterThanOrEqual(0);
      expect(member.x).toBeLessThanOrEqual(640);
      expect(member.y).toBeGreaterThanOrEqual(0);
      expect(member.y).toBeLessThanOrEqual(640);
    }
  });
});
