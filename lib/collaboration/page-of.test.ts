import { describe, expect, it } from "vitest";
import { pageOf } from "@/lib/collaboration/page-of";

const numbers = Array.from({ length: 50 }, (_, i) => i + 1);

describe("pageOf", () => {
  it("gives a page of items and where it stands", () => {
    expect(pageOf(numbers, 2, 24)).toEqual({ items: numbers.slice(24, 48), page: 2, pageCount: 3, first: 25, last: 48, total: 50 });
  });

  it("shows the last page for a page beyond it, and the first for nonsense", () => {
    expect(pageOf(numbers, 9, 24).page).toBe(3);
    expect(pageOf(numbers, 9, 24).items).toEqual([49, 50]);
    expect(pageOf(numbers, 0, 24).page).toBe(1);
  });

  it("has one empty page for no items", () => {
    expect(pageOf([], 1, 24)).toEqual({ items: [], page: 1, pageCount: 1, first: 0, last: 0, total: 0 });
  });
});
