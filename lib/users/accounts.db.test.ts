import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { makeUser, TEST_PASSWORD, uniqueEmail } from "@/lib/testing/factories";
import { createUser } from "@/lib/users/create-user";
import { SignInRefused, signInWithPassword } from "@/lib/users/sign-in-with-password";

const noPause = async () => {};

describe("accounts", () => {
  it("stores the email in lower case and the password as an argon2id hash", async () => {
    const email = uniqueEmail("Mixed").replace("mixed", "MiXeD");
    const user = await createUser({ name: "Mixed Case", email: email.toLowerCase(), password: TEST_PASSWORD });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, passwordHash: true } });
    expect(stored.email).toBe(email.toLowerCase());
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("refuses a second account for the same email", async () => {
    const { email } = await makeUser();
    const attempt = createUser({ name: "Again", email, password: TEST_PASSWORD });
    await expect(attempt).rejects.toSatisfy((error) => isAppError(error, "EMAIL_TAKEN"));
  });

  it("creates an empty profile and mission with the seed's default visibilities", async () => {
    const user = await makeUser();
    const profile = await db.profile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(profile.fearsVisibility).toBe("ONLY_ME");
    expect(profile.irritationsVisibility).toBe("ONLY_ME");
    expect(profile.originVisibility).toBe("PARTNERS");
    expect(await db.mission.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("signing in", () => {
  it("accepts the right password whatever the case of the email", async () => {
    const user = await makeUser();
    const signedIn = await signInWithPassword({ email: user.email.toUpperCase(), password: TEST_PASSWORD, address: "10.0.0.1" });
    expect(signedIn.id).toBe(user.id);
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const user = await makeUser();
    const wrong = signInWithPassword({ email: user.email, password: "wrong password!", address: "10.0.0.2" }, { pause: noPause });
    await expect(wrong).rejects.toMatchObject({ reason: "INVALID_CREDENTIALS" });
    const unknown = signInWithPassword({ email: uniqueEmail("nobody"), password: TEST_PASSWORD, address: "10.0.0.2" }, { pause: noPause });
    await expect(unknown).rejects.toMatchObject({ reason: "INVALID_CREDENTIALS" });
  });

  it("slows repeated failures for an account, then refuses even the right password for a while", async () => {
    const user = await makeUser();
    const pauses: number[] = [];
    const pause = async (ms: number) => void pauses.push(ms);
    const address = `10.1.${Math.floor(Math.random() * 250)}.1`;
    let refusal: SignInRefused | undefined;
    for (let attempt = 1; attempt <= 11 && !refusal?.retryAfterSeconds; attempt++) {
      const outcome = await signInWithPassword({ email: user.email, password: "not the password", address }, { pause }).catch((e: unknown) => e);
      if (!(outcome instanceof SignInRefused)) throw new Error("a wrong password was accepted");
      refusal = outcome;
    }
    expect(pauses.length).toBeGreaterThan(0);
    expect(pauses).toEqual([...pauses].sort((a, b) => a - b));
    expect(refusal?.reason).toBe("RATE_LIMITED");
    const correct = signInWithPassword({ email: user.email, password: TEST_PASSWORD, address }, { pause });
    await expect(correct).rejects.toMatchObject({ reason: "RATE_LIMITED" });
  });
});
