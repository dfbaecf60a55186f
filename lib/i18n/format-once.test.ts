import { describe, expect, it } from "vitest";
import { formatOnce } from "@/lib/i18n/format-once";

describe("formatOnce", () => {
  it("formats each distinct value once and answers repeats with the same text", () => {
    const calls: number[] = [];
    const alignment = formatOnce((value: number) => {
      calls.push(value);
      return `${value} of 5`;
    });
    expect([3, 5, 3, 3, 1, 5].map(alignment)).toEqual(["3 of 5", "5 of 5", "3 of 5", "3 of 5", "1 of 5", "5 of 5"]);
    expect(calls).toEqual([3, 5, 1]);
  });

  it("keeps the texts of one formatter apart from another's", () => {
    const en = formatOnce((count: number) => `${count} members`);
    const nl = formatOnce((count: number) => `${count} leden`);
    expect([en(2), nl(2), en(2)]).toEqual(["2 members", "2 leden", "2 members"]);
  });
});
