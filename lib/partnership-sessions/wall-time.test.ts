import { describe, expect, it } from "vitest";
import { instantFromWallTime, wallTimeFromInstant } from "@/lib/partnership-sessions/wall-time";

describe("wall time in a time zone", () => {
  it("reads a winter time in Amsterdam as UTC+1 and a summer time as UTC+2", () => {
    expect(instantFromWallTime("2026-12-14T09:30", "Europe/Amsterdam")?.toISOString()).toBe("2026-12-14T08:30:00.000Z");
    expect(instantFromWallTime("2027-06-14T09:30", "Europe/Amsterdam")?.toISOString()).toBe("2027-06-14T07:30:00.000Z");
  });

  it("gives back the wall time it read", () => {
    for (const wall of ["2026-12-14T09:30", "2027-03-28T01:15", "2027-10-31T23:59"]) {
      expect(wallTimeFromInstant(instantFromWallTime(wall, "Europe/Amsterdam")!, "Europe/Amsterdam")).toBe(wall);
    }
  });

  it("refuses what is no date", () => {
    for (const wall of ["2026-02-30T09:00", "2026-12-14T24:00", "2026-12-14 09:00", "tomorrow", ""]) {
      expect(instantFromWallTime(wall, "Europe/Amsterdam")).toBeNull();
    }
  });
});
