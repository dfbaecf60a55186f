import { describe, expect, it } from "vitest";
import { sharedGround } from "@/lib/collaboration/shared-ground";

describe("sharedGround", () => {
  it("counts tags several members hold and lists those only one brings", () => {
    const ground = sharedGround([
      { membershipId: "a", name: "Anna", tags: ["trust", "care", "trust"] },
      { membershipId: "b", name: "Bram", tags: ["trust", "safety"] },
      { membershipId: "c", name: "Cas", tags: ["care", "trust"] },
    ]);
    expect(ground.shared).toEqual([
      { tag: "trust", count: 3, holders: ["Anna", "Bram", "Cas"] },
      { tag: "care", count: 2, holders: ["Anna", "Cas"] },
    ]);
    expect(ground.unique).toEqual([{ tag: "safety", holder: "Bram", membershipId: "b" }]);
  });

  it("is empty without tags", () => {
    expect(sharedGround([{ membershipId: "a", name: "Anna", tags: [] }])).toEqual({ shared: [], unique: [] });
  });
});
