import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { redeemInvitation } from "@/lib/invitations/redeem-invitation";
import { INVITE_ADDRESS, SIGN_IN_ADDRESS, SIGN_UP_ADDRESS } from "@/lib/rate-limit/rules";
import { makePartnership, makeUser, TEST_PASSWORD, uniqueEmail } from "@/lib/testing/factories";
import { SignInRefused, signInWithPassword } from "@/lib/users/sign-in-with-password";
import { signUp } from "@/lib/users/sign-up";

/** A fresh address per test, so that limits counted in one test do not touch another. */
function address() {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

const noPause = async () => {};

async function outcome<T>(promise: Promise<T>): Promise<T | unknown> {
  return promise.catch((error: unknown) => error);
}

describe("abuse from one address", () => {
  it("refuses sign-ins from an address that failed for many accounts, even a right password; others sign in", async () => {
    const from = address();
    const user = await makeUser();
    for (let attempt = 0; attempt < SIGN_IN_ADDRESS.limit; attempt++) {
      const refused = await outcome(signInWithPassword({ email: uniqueEmail("guess"), password: "not a password", address: from }, { pause: noPause }));
      expect(refused).toMatchObject({ reason: "INVALID_CREDENTIALS" });
    }
    const blocked = await outcome(signInWithPassword({ email: user.email, password: "still guessing", address: from }, { pause: noPause }));
    expect(blocked).toBeInstanceOf(SignInRefused);
    expect(blocked).toMatchObject({ reason: "RATE_LIMITED" });
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: from })).rejects.toMatchObject({ reason: "RATE_LIMITED" });
    // The same person from elsewhere is not locked out by someone else's guessing.
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).resolves.toMatchObject({ id: user.id });
  });

  it("refuses new accounts from an address that made too many, and creates none", async () => {
    const from = address();
    const taken = await makeUser();
    // Attempts count whether or not they succeed: here every one of them hits a taken address.
    for (let attempt = 0; attempt < SIGN_UP_ADDRESS.limit; attempt++) {
      const refused = await outcome(signUp({ name: "Again", email: taken.email, password: TEST_PASSWORD }, from));
      expect(isAppError(refused, "EMAIL_TAKEN")).toBe(true);
    }
    const email = uniqueEmail("flood");
    const blocked = await outcome(signUp({ name: "One too many", email, password: TEST_PASSWORD }, from));
    expect(isAppError(blocked, "RATE_LIMITED")).toBe(true);
    expect(await db.user.count({ where: { email } })).toBe(0);
    await expect(signUp({ name: "Elsewhere", email, password: TEST_PASSWORD }, address())).resolves.toMatchObject({ email });
  });

  it("refuses invite links from an address that tried too many, even a valid one, and lets nobody in", async () => {
    const from = address();
    const { id, facilitator } = await makePartnership();
    const { token } = await createInvitation(facilitator.id, id, { expiresInDays: 14 });
    const visitor = await makeUser();
    for (let attempt = 0; attempt < INVITE_ADDRESS.limit; attempt++) {
      const refused = await outcome(redeemInvitation({ userId: visitor.id, token: `${"z".repeat(42)}${attempt % 10}`, organisation: "", address: from }));
      expect(isAppError(refused, "NOT_FOUND")).toBe(true);
    }
    const blocked = await outcome(redeemInvitation({ userId: visitor.id, token, organisation: "", address: from }));
    expect(isAppError(blocked, "RATE_LIMITED")).toBe(true);
    expect(await db.membership.count({ where: { partnershipId: id, userId: visitor.id } })).toBe(0);
    await expect(redeemInvitation({ userId: visitor.id, token, organisation: "", address: address() })).resolves.toMatchObject({ partnershipId: id, joined: true });
  });

  it("lifts a block once its time has passed", async () => {
    const from = address();
    const taken = await makeUser();
    for (let attempt = 0; attempt <= SIGN_UP_ADDRESS.limit; attempt++) await outcome(signUp({ name: "Again", email: taken.email, password: TEST_PASSWORD }, from));
    const email = uniqueEmail("later");
    expect(isAppError(await outcome(signUp({ name: "Blocked", email, password: TEST_PASSWORD }, from)), "RATE_LIMITED")).toBe(true);
    // An hour later (moved in the database, whose clock the counters use).
    await db.$executeRaw`UPDATE "RateLimit" SET "windowStart" = now() - interval '2 hours', "blockedUntil" = now() - interval '1 second' WHERE "key" = ${`sign-up:address:${from}`}`;
    await expect(signUp({ name: "Later", email, password: TEST_PASSWORD }, from)).resolves.toMatchObject({ email });
  });
});
