import { describe, expect, it } from "vitest";
import { normaliseTags } from "@/lib/tags/normalise-tags";

describe("normaliseTags", () => {
  it("treats differently cased and padded spellings as one tag", () => {
    expect(normaliseTags("Trust, trust ,  TRUST")).toEqual(["trust"]);
  });

  it("keeps the order of first use", () => {
    expect(normaliseTags("facilitation, Hydrology, trust, hydrology")).toEqual(["facilitation", "hydrology", "trust"]);
  });

  it("drops blanks between commas and at the ends", () => {
    expect(normaliseTags(" , a,, ,b, ")).toEqual(["a", "b"]);
    expect(normaliseTags("")).toEqual([]);
    expect(normaliseTags("   ")).toEqual([]);
  });

  it("collapses whitespace inside a tag, tabs and non-breaking spaces too", () => {
    expect(normaliseTags("systems   thinking, systems\tthinking, systems\u00a0thinking")).toEqual(["systems thinking"]);
  });

  it("splits on new lines and semicolons as people paste lists", () => {
    expect(normaliseTags("care\nwater; energy")).toEqual(["care", "water", "energy"]);
  });

  it("makes composed and decomposed accents one tag", () => {
    expect(normaliseTags("Coöperatie, Coo\u0308peratie")).toEqual(["coöperatie"]);
  });

  it("accepts a list as well as a comma-separated string", () => {
    expect(normaliseTags(["Trust", " trust", "care, water"])).toEqual(["trust", "care", "water"]);
  });
});
