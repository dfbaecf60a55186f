import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { blockedFor, countAttempt } from "@/lib/rate-limit/rate-limit";
import { RESET_ADDRESS, RESET_EMAIL, SIGN_IN_ACCOUNT, signInAccountKey } from "@/lib/rate-limit/rules";
import { startSession } from "@/lib/sessions/start-session";
import { makeUser, TEST_PASSWORD, uniqueEmail } from "@/lib/testing/factories";
import { createResetLink } from "@/lib/users/create-reset-link";
import { requestEmailChange } from "@/lib/users/request-email-change";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { resendVerification } from "@/lib/users/resend-verification";
import { resetPassword } from "@/lib/users/reset-password";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";
import { signUp } from "@/lib/users/sign-up";
import { verifyEmail } from "@/lib/users/verify-email";

const NEW_PASSWORD = "a brand new password";
const someAddress = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** Messages queued to an address, oldest first. */
const mailTo = (to: string, kind?: string) => db.emailMessage.findMany({ where: { to: to.toLowerCase(), ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

/** The token of the last link of `kind` sent to `to`. */
async function linkToken(to: string, kind: string, path: "reset-password" | "verify-email") {
  const message = (await mailTo(to, kind)).at(-1);
  const token = new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(message?.text ?? "")?.[1];
  if (!token) throw new Error(`no ${kind} link sent to ${to}`);
  return token;
}

describe("verifying the address", () => {
  it("sign-up queues a verification link with the account, which works at once; the link verifies it once", async () => {
    const email = uniqueEmail("verify");
    const user = await signUp({ name: "Vera", email, password: TEST_PASSWORD }, someAddress(), "nl");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
    await expect(signInWithPassword({ email, password: TEST_PASSWORD, address: someAddress() })).resolves.toMatchObject({ id: user.id });
    const [message] = await mailTo(email, "verify-email");
    expect(message).toMatchObject({ locale: "nl", status: "QUEUED" });
    expect(message!.html).toContain("/verify-email/");
    const token = await linkToken(email, "verify-email", "verify-email");
    await expect(verifyEmail(token)).resolves.toMatchObject({ status: "verified", email });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    await expect(verifyEmail(token)).resolves.toMatchObject({ status: "invalid" });
  });

  it("sends the link again on request, and nothing once the address is verified", async () => {
    const user = await makeUser();
    await expect(resendVerification(user.id)).resolves.toBe(user.email);
    await verifyEmail(await linkToken(user.email, "verify-email", "verify-email"));
    await expect(resendVerification(user.id)).resolves.toBeNull();
    expect(await mailTo(user.email, "verify-email")).toHaveLength(1);
  });
});

describe("a sign-up with an address that has an account", () => {
  it("answers as before and tells the owner, with a working reset link", async () => {
    const owner = await makeUser();
    const attempt = signUp({ name: "Intruder", email: owner.email, password: TEST_PASSWORD }, someAddress());
    await expect(attempt).rejects.toSatisfy((error) => isAppError(error, "EMAIL_TAKEN"));
    const [told] = await mailTo(owner.email, "account-exists");
    expect(told?.text).toContain("/reset-password/");
    expect(await resetPassword({ token: await linkToken(owner.email, "account-exists", "reset-password"), password: NEW_PASSWORD })).toMatchObject({ ok: true });
  });
});

describe("forgot your password", () => {
  it("answers the same for an unknown and a known address, and queues mail only for the known one", async () => {
    const known = await makeUser();
    const unknown = uniqueEmail("nobody");
    const address = someAddress();
    await expect(requestPasswordReset({ email: unknown, address })).resolves.toBeUndefined();
    await expect(requestPasswordReset({ email: known.email, address })).resolves.toBeUndefined();
    expect(await mailTo(unknown)).toHaveLength(0);
    expect(await db.accountToken.count({ where: { email: unknown } })).toBe(0);
    const sent = await mailTo(known.email, "password-reset");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toMatch(/password/i);
  });

  it("sends at most a few links to one address, quietly; refuses a client that asks too often", async () => {
    const user = await makeUser();
    for (let i = 0; i < RESET_EMAIL.limit + 2; i++) await requestPasswordReset({ email: user.email, address: someAddress() });
    expect(await mailTo(user.email, "password-reset")).toHaveLength(RESET_EMAIL.limit);
    const address = someAddress();
    for (let i = 0; i < RESET_ADDRESS.limit; i++) await countAttempt(`password-reset:address:${address}`, RESET_ADDRESS);
    const refused = requestPasswordReset({ email: uniqueEmail("any"), address });
    await expect(refused).rejects.toSatisfy((error) => isAppError(error, "RATE_LIMITED"));
  });

  it("a reset ends every session, lifts a sign-in block, verifies the address, and the link works once", async () => {
    const user = await makeUser();
    const sessions = [await startSession(user.id), await startSession(user.id)];
    for (let i = 0; i <= SIGN_IN_ACCOUNT.limit; i++) await countAttempt(signInAccountKey(user.email), SIGN_IN_ACCOUNT);
    expect(await blockedFor(signInAccountKey(user.email))).toBeGreaterThan(0);
    await requestPasswordReset({ email: user.email, address: someAddress() });
    const token = await linkToken(user.email, "password-reset", "reset-password");

    const outcomes = await Promise.all([resetPassword({ token, password: NEW_PASSWORD }), resetPassword({ token, password: "another new password" })]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);

    const ended = await db.userSession.findMany({ where: { id: { in: sessions } } });
    expect(ended.every((session) => session.endedAt !== null)).toBe(true);
    expect(await blockedFor(signInAccountKey(user.email))).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    const which = outcomes[0]!.ok ? NEW_PASSWORD : "another new password";
    await expect(signInWithPassword({ email: user.email, password: which, address: someAddress() })).resolves.toMatchObject({ id: user.id });
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: someAddress() }, { pause: async () => {} })).rejects.toMatchObject({
      reason: "INVALID_CREDENTIALS",
    });
  });

  it("a later reset link makes earlier ones stop working once one is used", async () => {
    const user = await makeUser();
    await requestPasswordReset({ email: user.email, address: someAddress() });
    const first = await linkToken(user.email, "password-reset", "reset-password");
    await requestPasswordReset({ email: user.email, address: someAddress() });
    const second = await linkToken(user.email, "password-reset", "reset-password");
    expect(second).not.toBe(first);
    expect(await resetPassword({ token: second, password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await resetPassword({ token: first, password: NEW_PASSWORD })).toEqual({ ok: false });
  });
});

describe("changing the email address", () => {
  it("needs the current password", async () => {
    const user = await makeUser();
    const result = await requestEmailChange(user.id, { newEmail: uniqueEmail("new"), currentPassword: "not my password" });
    expect(result).toEqual({ ok: false, reason: "WRONG_PASSWORD" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).pendingEmail).toBeNull();
  });

  it("waits for the new address's link; the old address is told when asked and when done", async () => {
    const user = await makeUser();
    const newEmail = uniqueEmail("moved");
    expect(await requestEmailChange(user.id, { newEmail, currentPassword: TEST_PASSWORD })).toEqual({ ok: true });
    const pending = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(pending).toMatchObject({ email: user.email, pendingEmail: newEmail });
    expect(await mailTo(user.email, "email-change-requested")).toHaveLength(1);
    expect((await mailTo(user.email, "email-change-requested"))[0]!.text).toContain(newEmail);

    const token = await linkToken(newEmail, "verify-email", "verify-email");
    await expect(verifyEmail(token)).resolves.toEqual({ status: "changed", email: newEmail });
    const moved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(moved).toMatchObject({ email: newEmail, pendingEmail: null });
    expect(moved.emailVerifiedAt).not.toBeNull();
    expect(await mailTo(user.email, "email-changed")).toHaveLength(1);
    await expect(signInWithPassword({ email: newEmail, password: TEST_PASSWORD, address: someAddress() })).resolves.toMatchObject({ id: user.id });
  });

  it("refuses an address that has an account, and one taken while the link was on its way", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const refused = requestEmailChange(user.id, { newEmail: other.email, currentPassword: TEST_PASSWORD });
    await expect(refused).rejects.toSatisfy((error) => isAppError(error, "EMAIL_TAKEN"));

    const wanted = uniqueEmail("wanted");
    await requestEmailChange(user.id, { newEmail: wanted, currentPassword: TEST_PASSWORD });
    const token = await linkToken(wanted, "verify-email", "verify-email");
    const quicker = await makeUser({ email: wanted });
    await expect(verifyEmail(token)).resolves.toMatchObject({ status: "taken" });
    const kept = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(kept).toMatchObject({ email: user.email, pendingEmail: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: quicker.id } })).email).toBe(wanted);
  });
});

describe("the operator's reset link (npm run admin -- reset-link)", () => {
  it("is a working single-use link for an existing account, and null for an unknown address", async () => {
    const user = await makeUser();
    const link = await createResetLink(` ${user.email.toUpperCase()} `);
    const token = /\/reset-password\/([A-Za-z0-9_-]+)$/.exec(link ?? "")?.[1];
    expect(token).toBeTruthy();
    expect(await resetPassword({ token: token!, password: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await resetPassword({ token: token!, password: NEW_PASSWORD })).toEqual({ ok: false });
    expect(await createResetLink(uniqueEmail("nobody"))).toBeNull();
  });
});
