import { describe, expect, it } from "vitest";
import { estimateBytes } from "@/lib/collaboration/estimate-bytes";

describe("estimateBytes", () => {
  it("counts two bytes a character, and a little for keys and other values", () => {
    const text = "x".repeat(1_000);
    expect(estimateBytes(text)).toBe(2_000);
    const data = { id: "p1", members: [{ name: text, alignment: 3, joinedAt: new Date() }] };
    expect(estimateBytes(data)).toBeGreaterThan(2_000);
    expect(estimateBytes(data)).toBeLessThan(2_200);
  });

  it("grows with the data, as JSON does", () => {
    const small = { members: Array.from({ length: 10 }, (_, i) => ({ name: `Member ${i}`, statement: "s".repeat(100) })) };
    const large = { members: Array.from({ length: 100 }, (_, i) => ({ name: `Member ${i}`, statement: "s".repeat(100) })) };
    expect(estimateBytes(large) / estimateBytes(small)).toBeCloseTo(10, 0);
    expect(estimateBytes(large)).toBeGreaterThan(JSON.stringify(large).length * 2 * 0.9);
  });
});
