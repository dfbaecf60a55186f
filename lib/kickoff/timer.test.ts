import { describe, expect, it } from "vitest";
import { elapsedMs, formatClock, pauseTimer, remainingMs, startTimer, STOPPED_TIMER } from "@/lib/kickoff/timer";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 27, 9, 0, 0) + seconds * 1000);

describe("kickoff timer", () => {
  it("has run for nothing before it starts", () => {
    expect(elapsedMs(STOPPED_TIMER, at(100))).toBe(0);
  });

  it("counts from the moment it was started", () => {
    const running = startTimer(STOPPED_TIMER, at(0));
    expect(elapsedMs(running, at(0))).toBe(0);
    expect(elapsedMs(running, at(90))).toBe(90_000);
  });

  it("starting a running timer changes nothing", () => {
    const running = startTimer(STOPPED_TIMER, at(0));
    expect(startTimer(running, at(30))).toBe(running);
  });

  it("stands still while paused and goes on from there when started again", () => {
    const paused = pauseTimer(startTimer(STOPPED_TIMER, at(0)), at(60));
    expect(paused).toEqual({ startedAt: null, elapsedMs: 60_000 });
    expect(elapsedMs(paused, at(600))).toBe(60_000);
    const resumed = startTimer(paused, at(600));
    expect(elapsedMs(resumed, at(630))).toBe(90_000);
  });

  it("pausing a paused timer changes nothing", () => {
    const paused = { startedAt: null, elapsedMs: 5_000 };
    expect(pauseTimer(paused, at(10))).toBe(paused);
  });

  it("never runs backwards when a clock is slightly behind the start", () => {
    const running = startTimer({ startedAt: null, elapsedMs: 10_000 }, at(10));
    expect(elapsedMs(running, at(9))).toBe(10_000);
  });

  it("tells how much of the planned time is left, and how far it ran over", () => {
    expect(remainingMs(5, 0)).toBe(300_000);
    expect(remainingMs(5, 290_000)).toBe(10_000);
    expect(remainingMs(5, 305_000)).toBe(-5_000);
  });

  it("extending a step by minutes gives that much more time", () => {
    expect(remainingMs(5 + 2, 305_000)).toBe(115_000);
  });

  it.each([
    [300_000, "5:00"],
    [299_001, "5:00"],
    [299_000, "4:59"],
    [61_000, "1:01"],
    [59_500, "1:00"],
    [1, "0:01"],
    [0, "0:00"],
    [-999, "0:00"],
    [-1_000, "-0:01"],
    [-65_000, "-1:05"],
    [5_400_000, "90:00"],
  ])("shows %i ms as %s", (ms, shown) => {
    expect(formatClock(ms)).toBe(shown);
  });
});
