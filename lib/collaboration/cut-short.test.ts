import { describe, expect, it } from "vitest";
import { cutShort } from "@/lib/collaboration/cut-short";

describe("cutShort", () => {
  it("leaves a short text as it is, on one line", () => {
    expect(cutShort("Dry feet\nfor everyone ")).toBe("Dry feet for everyone");
  });

  it("cuts a long text at a word boundary and marks the cut", () => {
    const text = "Working across organisations on the river region's climate challenge taught me to listen first.";
    const cut = cutShort(text, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toBe("Working across organisations on the…");
  });

  it("cuts a single long word too", () => {
    expect(cutShort("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
