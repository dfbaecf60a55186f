import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { blockedFor, countAttempt } from "@/lib/rate-limit/rate-limit";
import type { RateLimitRule } from "@/lib/rate-limit/rate-limit";

const blockOnSecond: RateLimitRule = { limit: 1, windowSeconds: 60, blockSeconds: 15 * 60 };

describe("rate limit counters", () => {
  it("report a new block as exactly its length, so people are told '15 minutes', never '16'", async () => {
    // Each try starts at another instant within the millisecond; rounding would show within a few.
    const reported = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const key = `test:${randomUUID()}`;
        await countAttempt(key, blockOnSecond);
        return (await countAttempt(key, blockOnSecond)).blockedForSeconds;
      }),
    );
    expect(new Set(reported)).toEqual(new Set([blockOnSecond.blockSeconds]));
  });

  it("count attempts within a window and block past the limit", async () => {
    const key = `test:${randomUUID()}`;
    const rule: RateLimitRule = { limit: 2, windowSeconds: 60, blockSeconds: 120 };
    expect(await countAttempt(key, rule)).toEqual({ attempts: 1, blockedForSeconds: 0 });
    expect(await countAttempt(key, rule)).toEqual({ attempts: 2, blockedForSeconds: 0 });
    expect(await blockedFor(key)).toBe(0);
    const third = await countAttempt(key, rule);
    expect(third).toMatchObject({ attempts: 3 });
    expect(third.blockedForSeconds).toBe(120);
    expect(await blockedFor(key)).toBeGreaterThan(118);
  });
});
