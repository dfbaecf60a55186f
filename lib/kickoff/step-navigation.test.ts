import { describe, expect, it } from "vitest";
import { neighbourStep } from "@/lib/kickoff/step-navigation";

const plan = (...skipped: boolean[]) => skipped.map((s) => ({ skipped: s }));

describe("neighbourStep", () => {
  it("moves one step on and one back", () => {
    expect(neighbourStep(plan(false, false, false), 1, 1)).toBe(2);
    expect(neighbourStep(plan(false, false, false), 1, -1)).toBe(0);
  });

  it("passes over skipped steps", () => {
    expect(neighbourStep(plan(false, true, true, false), 0, 1)).toBe(3);
    expect(neighbourStep(plan(false, true, true, false), 3, -1)).toBe(0);
  });

  it("has nowhere to go past the ends, or when only skipped steps remain", () => {
    expect(neighbourStep(plan(false, false), 1, 1)).toBeNull();
    expect(neighbourStep(plan(false, false), 0, -1)).toBeNull();
    expect(neighbourStep(plan(false, true, true), 0, 1)).toBeNull();
  });
});
