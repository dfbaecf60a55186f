import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { giveBackAttempt, reserveAttempt } from "@/lib/rate-limit/rate-limit";
import type { RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { SIGN_IN_ACCOUNT, signInAccountKey, signInAddressKey } from "@/lib/rate-limit/rules";
import { makeUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";

// Counts every password that reaches verification (the expensive, guessable step).
const verified = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/passwords", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/passwords")>();
  return {
    ...original,
    verifyPassword: async (hash: string, password: string) => {
      verified.count++;
      return original.verifyPassword(hash, password);
    },
  };
});

const noPause = async () => {};
const address = () => `10.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

beforeEach(() => {
  verified.count = 0;
});

describe("sign-in limits under parallel guessing", () => {
  it("evaluates at most the limit of 100 parallel wrong guesses for one account, and refuses the rest", async () => {
    const user = await makeUser();
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, guess) =>
        signInWithPassword({ email: user.email, password: `wrong guess ${guess}`, address: address() }, { pause: noPause }).then(
          () => "signed in",
          (error: { reason?: string }) => error.reason ?? String(error),
        ),
      ),
    );
    const tally = outcomes.reduce<Record<string, number>>((counts, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }), {});
    expect(verified.count).toBeLessThanOrEqual(SIGN_IN_ACCOUNT.limit);
    expect(tally).toEqual({ INVALID_CREDENTIALS: SIGN_IN_ACCOUNT.limit, RATE_LIMITED: 100 - SIGN_IN_ACCOUNT.limit });
    // The account stays blocked, even for the right password, which is not even checked.
    verified.count = 0;
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).rejects.toMatchObject({ reason: "RATE_LIMITED" });
    expect(verified.count).toBe(0);
    const counter = await db.rateLimit.findUniqueOrThrow({ where: { key: signInAccountKey(user.email) } });
    expect(counter.blockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it("a password reset's clearing of the account's counter lets the owner in at once", async () => {
    const user = await makeUser();
    await Promise.all(Array.from({ length: 20 }, () => signInWithPassword({ email: user.email, password: "nope nope", address: address() }, { pause: noPause }).catch(() => {})));
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).rejects.toMatchObject({ reason: "RATE_LIMITED" });
    await db.rateLimit.deleteMany({ where: { key: signInAccountKey(user.email) } });
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).resolves.toMatchObject({ id: user.id });
  });

  it("a success clears the account's counter and gives back the address's reservation; a blocked address does not count against the account", async () => {
    const user = await makeUser();
    const from = address();
    await expect(signInWithPassword({ email: user.email, password: "wrong wrong", address: from }, { pause: noPause })).rejects.toMatchObject({ reason: "INVALID_CREDENTIALS" });
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: from })).resolves.toMatchObject({ id: user.id });
    expect(await db.rateLimit.count({ where: { key: signInAccountKey(user.email) } })).toBe(0);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: signInAddressKey(from) } })).count).toBe(1);

    const blockedFrom = address();
    await db.rateLimit.create({ data: { key: signInAddressKey(blockedFrom), count: 101, windowStart: new Date(), blockedUntil: new Date(Date.now() + 60_000) } });
    for (let attempt = 0; attempt < 15; attempt++) {
      await expect(signInWithPassword({ email: user.email, password: "wrong wrong", address: blockedFrom }, { pause: noPause })).rejects.toMatchObject({ reason: "RATE_LIMITED" });
    }
    expect(verified.count).toBe(2);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: signInAccountKey(user.email) } })).count).toBe(0);
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).resolves.toMatchObject({ id: user.id });
  });
});

describe("reserving attempts", () => {
  const rule: RateLimitRule = { limit: 3, windowSeconds: 60, blockSeconds: 120 };

  it("allows the limit, blocks the next for exactly the block's length, counts nothing while blocked, and starts afresh after", async () => {
    const key = `test:${randomUUID()}`;
    for (let attempt = 1; attempt <= 3; attempt++) expect(await reserveAttempt(key, rule)).toEqual({ allowed: true, attempts: attempt, blockedForSeconds: 0 });
    expect(await reserveAttempt(key, rule)).toEqual({ allowed: false, attempts: 4, blockedForSeconds: 120 });
    expect(await reserveAttempt(key, rule)).toMatchObject({ allowed: false, attempts: 4 });
    await giveBackAttempt(key); // a block already started stays
    expect(await reserveAttempt(key, rule)).toMatchObject({ allowed: false, attempts: 4 });
    await db.$executeRaw`UPDATE "RateLimit" SET "blockedUntil" = now() - interval '1 second' WHERE "key" = ${key}`;
    expect(await reserveAttempt(key, rule)).toEqual({ allowed: true, attempts: 1, blockedForSeconds: 0 });
  });

  it("gives back a reservation, never below zero, and restarts the count when the window has passed", async () => {
    const key = `test:${randomUUID()}`;
    await reserveAttempt(key, rule);
    await reserveAttempt(key, rule);
    await giveBackAttempt(key);
    expect(await reserveAttempt(key, rule)).toMatchObject({ attempts: 2 });
    await giveBackAttempt(key);
    await giveBackAttempt(key);
    await giveBackAttempt(key);
    expect(await reserveAttempt(key, rule)).toMatchObject({ attempts: 1 });
    await db.$executeRaw`UPDATE "RateLimit" SET "windowStart" = now() - interval '2 minutes', "count" = 3 WHERE "key" = ${key}`;
    expect(await reserveAttempt(key, rule)).toEqual({ allowed: true, attempts: 1, blockedForSeconds: 0 });
  });
});
