import { describe, expect, it } from "vitest";
import { viewHref } from "@/lib/collaboration/view-href";

describe("viewHref", () => {
  it("carries the search, the filters and the page in the query", () => {
    expect(viewHref("/partnerships/p1", { query: "water board", organisation: "A & B", needId: "n1", role: "MEMBER" }, 3)).toBe(
      "/partnerships/p1?q=water+board&organisation=A+%26+B&need=n1&role=MEMBER&page=3",
    );
  });

  it("is the bare path without filters on the first page", () => {
    expect(viewHref("/partnerships/p1", {}, 1)).toBe("/partnerships/p1");
  });
});
