import { describe, expect, it } from "vitest";
import { coverageMatrix } from "@/lib/collaboration/coverage-matrix";

describe("coverageMatrix", () => {
  const needs = [
    { id: "n1", title: "Funding" },
    { id: "n2", title: "Citizen participation" },
    { id: "n3", title: "Data" },
  ];
  const members = [
    { membershipId: "m1", name: "Anna" },
    { membershipId: "m2", name: "Bram" },
  ];

  it("marks gaps, single points of failure and shared needs", () => {
    const rows = coverageMatrix({
      needs,
      members,
      contributions: [
        { membershipId: "m1", needId: "n1", note: "Subsidy know-how" },
        { membershipId: "m2", needId: "n1", note: "" },
        { membershipId: "m2", needId: "n2", note: "Neighbourhood network" },
      ],
    });
    expect(rows.map((r) => [r.title, r.status, r.contributorCount])).toEqual([
      ["Funding", "shared", 2],
      ["Citizen participation", "single", 1],
      ["Data", "gap", 0],
    ]);
    expect(rows[1]!.cells).toEqual([
      { membershipId: "m1", contributes: false, note: "" },
      { membershipId: "m2", contributes: true, note: "Neighbourhood network" },
    ]);
  });

  it("keeps the order of needs and members", () => {
    const rows = coverageMatrix({ needs, members: [...members].reverse(), contributions: [] });
    expect(rows.map((r) => r.needId)).toEqual(["n1", "n2", "n3"]);
    expect(rows[0]!.cells.map((c) => c.membershipId)).toEqual(["m2", "m1"]);
  });
});
