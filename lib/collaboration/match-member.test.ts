import { describe, expect, it } from "vitest";
import { matchMember } from "@/lib/collaboration/match-member";

const fatima = { name: "Fátima El Amrani", organisation: "Woonstichting De Linge", uniqueRole: "Housing voice", role: "MEMBER" as const, needIds: ["n1"] };

describe("matchMember", () => {
  it("matches every word of the search in name, organisation or unique role, ignoring case and accents", () => {
    expect(matchMember(fatima, { query: "fatima linge" })).toBe(true);
    expect(matchMember(fatima, { query: "HOUSING" })).toBe(true);
    expect(matchMember(fatima, { query: "fatima water" })).toBe(false);
  });

  it("applies the filters with the search", () => {
    expect(matchMember(fatima, { organisation: "Woonstichting De Linge", needId: "n1", role: "MEMBER" })).toBe(true);
    expect(matchMember(fatima, { needId: "n2" })).toBe(false);
    expect(matchMember(fatima, { role: "FACILITATOR" })).toBe(false);
    expect(matchMember(fatima, {})).toBe(true);
  });
});
