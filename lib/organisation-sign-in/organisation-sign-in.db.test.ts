import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

// The providers and passwordless domains the rules are tested with (read once, by lib/env.ts).
vi.hoisted(() => {
  const provider = (id: string) => ({ id, name: id === "entra" ? "Provincie" : "Keycloak", issuer: `https://${id}.example/realm`, clientId: "app", clientSecret: "secret" });
  process.env.OIDC_PROVIDERS = JSON.stringify([provider("entra"), provider("keycloak")]);
  process.env.PASSWORDLESS_DOMAINS = "provincie.example";
});

import { deleteAccount } from "@/lib/account/delete-account";
import { exportMyData } from "@/lib/account/export-my-data";
import { pruneExpired } from "@/lib/housekeeping/prune-expired";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { confirmOrganisationLink } from "@/lib/organisation-sign-in/confirm-organisation-link";
import { findPendingLink } from "@/lib/organisation-sign-in/find-pending-link";
import { listSignInMethods } from "@/lib/organisation-sign-in/list-sign-in-methods";
import { resolveOrganisationSignIn, type OrganisationClaims } from "@/lib/organisation-sign-in/resolve-organisation-sign-in";
import { unlinkOrganisationSignIn } from "@/lib/organisation-sign-in/unlink-organisation-sign-in";
import { makeUser, uniqueEmail } from "@/lib/testing/factories";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";
import { signUp } from "@/lib/users/sign-up";

const noPause = { pause: async () => {} };
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

function claims(overrides: Partial<OrganisationClaims> = {}): OrganisationClaims {
  return { provider: "entra", subject: randomUUID(), email: uniqueEmail("org"), emailVerified: true, name: "Kim de Boer", ...overrides };
}

async function organisationOnlyAccount(overrides: Partial<OrganisationClaims> = {}) {
  const outcome = await resolveOrganisationSignIn(claims(overrides));
  if (outcome.kind !== "signIn") throw new Error(`expected a sign-in, got ${outcome.kind}`);
  return outcome.userId;
}

const refusedWith = (code: string) => (error: unknown) => isAppError(error) && error.code === code;
const signInRefused = (reason: string) => (error: unknown) => error instanceof Error && error.name === "SignInRefused" && "reason" in error && error.reason === reason;

describe("a first sign-in with an organisation's account", () => {
  it("creates the account from the verified address and name, without a password; the next one finds it", async () => {
    const first = claims({ email: uniqueEmail("Kim").toUpperCase() });
    const outcome = await resolveOrganisationSignIn(first);
    expect(outcome).toMatchObject({ kind: "signIn", created: true });
    if (outcome.kind !== "signIn") return;

    const user = await db.user.findUniqueOrThrow({
      where: { id: outcome.userId },
      select: { email: true, name: true, passwordHash: true, emailVerifiedAt: true, profile: { select: { userId: true } }, mission: { select: { userId: true } } },
    });
    expect(user).toMatchObject({ email: first.email!.toLowerCase(), name: "Kim de Boer", passwordHash: null });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.profile).not.toBeNull();
    expect(user.mission).not.toBeNull();

    // The provider's id of the person links, whatever address or name it gives later.
    const again = await resolveOrganisationSignIn({ ...first, email: uniqueEmail("moved"), name: "Someone" });
    expect(again).toEqual({ kind: "signIn", userId: outcome.userId, created: false });
    // The same id at another provider is another person.
    expect(await resolveOrganisationSignIn({ ...first, provider: "keycloak", email: uniqueEmail("other") })).toMatchObject({ kind: "signIn", created: true });
  });

  it("names the account after the address when the provider gives no name", async () => {
    const email = uniqueEmail("noname");
    const userId = await organisationOnlyAccount({ email, name: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBe(email.split("@")[0]);
  });

  it("refuses an unverified or missing address, and creates nothing", async () => {
    const email = uniqueEmail("unverified");
    expect(await resolveOrganisationSignIn(claims({ email, emailVerified: false }))).toEqual({ kind: "refused", reason: "UNVERIFIED" });
    expect(await resolveOrganisationSignIn(claims({ email: null }))).toEqual({ kind: "refused", reason: "NO_EMAIL" });
    expect(await resolveOrganisationSignIn(claims({ email: "not an address" }))).toEqual({ kind: "refused", reason: "NO_EMAIL" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe("linking to an existing account", () => {
  it("never links an unverified address, not even to wait for a password", async () => {
    const user = await makeUser();
    expect(await resolveOrganisationSignIn(claims({ email: user.email, emailVerified: false }))).toEqual({ kind: "refused", reason: "UNVERIFIED" });
    expect(await db.pendingOrganisationSignIn.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.organisationSignIn.count({ where: { userId: user.id } })).toBe(0);
  });

  it("waits for the account's password once: a wrong one links nothing, the right one links, and the step is used up", async () => {
    const user = await makeUser();
    const outcome = await resolveOrganisationSignIn(claims({ email: user.email.toUpperCase(), subject: "kim-at-entra" + randomUUID() }));
    expect(outcome.kind).toBe("confirm");
    if (outcome.kind !== "confirm") return;
    // Only the hash of the token is kept.
    const pending = await db.pendingOrganisationSignIn.findFirstOrThrow({ where: { userId: user.id } });
    expect(pending.tokenHash).not.toContain(outcome.token);
    expect(await findPendingLink(outcome.token)).toEqual({ provider: "entra", providerName: "Provincie", email: user.email, accountEmail: user.email });
    expect(await db.organisationSignIn.count({ where: { userId: user.id } })).toBe(0);

    await expect(confirmOrganisationLink({ token: outcome.token, password: "not the password", address: address() }, noPause)).rejects.toSatisfy(signInRefused("INVALID_CREDENTIALS"));
    expect(await db.organisationSignIn.count({ where: { userId: user.id } })).toBe(0);

    const signedIn = await confirmOrganisationLink({ token: outcome.token, password: user.password, address: address() }, noPause);
    expect(signedIn).toMatchObject({ id: user.id, provider: "entra" });
    expect(await db.organisationSignIn.count({ where: { userId: user.id, provider: "entra" } })).toBe(1);

    await expect(confirmOrganisationLink({ token: outcome.token, password: user.password, address: address() }, noPause)).rejects.toSatisfy(signInRefused("LINK_EXPIRED"));
    expect(await findPendingLink(outcome.token)).toBeNull();
    // From now on the provider signs straight in.
    expect(await resolveOrganisationSignIn(claims({ email: user.email, subject: pending.subject }))).toEqual({ kind: "signIn", userId: user.id, created: false });
  });

  it("refuses an expired or made-up step", async () => {
    const user = await makeUser();
    const outcome = await resolveOrganisationSignIn(claims({ email: user.email }));
    if (outcome.kind !== "confirm") throw new Error("expected a pending link");
    await db.pendingOrganisationSignIn.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmOrganisationLink({ token: outcome.token, password: user.password, address: address() }, noPause)).rejects.toSatisfy(signInRefused("LINK_EXPIRED"));
    await expect(confirmOrganisationLink({ token: "x".repeat(43), password: user.password, address: address() }, noPause)).rejects.toSatisfy(signInRefused("LINK_EXPIRED"));
    await expect(confirmOrganisationLink({ token: "not a token\u0000", password: user.password, address: address() }, noPause)).rejects.toSatisfy(signInRefused("LINK_EXPIRED"));
    expect(await db.organisationSignIn.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("unlinking", () => {
  it("refuses to unlink the last way in, and allows it while a password remains", async () => {
    const organisationOnly = await organisationOnlyAccount();
    const [only] = (await listSignInMethods(organisationOnly)).organisations;
    await expect(unlinkOrganisationSignIn(organisationOnly, only!.id)).rejects.toSatisfy(refusedWith("LAST_SIGN_IN_METHOD"));
    expect(await db.organisationSignIn.count({ where: { userId: organisationOnly } })).toBe(1);

    const withPassword = await makeUser();
    await db.organisationSignIn.create({ data: { userId: withPassword.id, provider: "entra", subject: randomUUID(), email: withPassword.email } });
    const methods = await listSignInMethods(withPassword.id);
    expect(methods).toMatchObject({ hasPassword: true, passwordsAllowed: true, waysIn: 2 });
    await unlinkOrganisationSignIn(withPassword.id, methods.organisations[0]!.id);
    expect((await listSignInMethods(withPassword.id)).waysIn).toBe(1);
  });

  it("counts neither a password its domain switched off nor a provider no longer configured", async () => {
    const user = await makeUser({ email: `kim-${randomUUID().slice(0, 8)}@provincie.example` });
    const [gone, entra] = await Promise.all([
      db.organisationSignIn.create({ data: { userId: user.id, provider: "removed-provider", subject: randomUUID(), email: user.email } }),
      db.organisationSignIn.create({ data: { userId: user.id, provider: "entra", subject: randomUUID(), email: user.email } }),
    ]);
    const methods = await listSignInMethods(user.id);
    expect(methods).toMatchObject({ hasPassword: true, passwordsAllowed: false, waysIn: 1 });
    expect(methods.organisations.find((link) => link.id === gone.id)).toMatchObject({ configured: false, providerName: "removed-provider" });
    await expect(unlinkOrganisationSignIn(user.id, entra.id)).rejects.toSatisfy(refusedWith("LAST_SIGN_IN_METHOD"));
    // The one that no longer works may go.
    await unlinkOrganisationSignIn(user.id, gone.id);
    expect(await db.organisationSignIn.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses someone else's link as not found", async () => {
    const [mine, theirs] = [await makeUser(), await organisationOnlyAccount()];
    const [link] = (await listSignInMethods(theirs)).organisations;
    await expect(unlinkOrganisationSignIn(mine.id, link!.id)).rejects.toSatisfy(refusedWith("NOT_FOUND"));
    expect(await db.organisationSignIn.count({ where: { userId: theirs } })).toBe(1);
  });

  it("of two unlinks at once, at most one goes through when they would leave no way in", async () => {
    const userId = await organisationOnlyAccount();
    await db.organisationSignIn.create({ data: { userId, provider: "keycloak", subject: randomUUID(), email: uniqueEmail() } });
    const links = (await listSignInMethods(userId)).organisations;
    const outcomes = await Promise.allSettled(links.map((link) => unlinkOrganisationSignIn(userId, link.id)));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await db.organisationSignIn.count({ where: { userId } })).toBe(1);
  });
});

describe("passwordless domains", () => {
  it("refuse password sign-in and sign-up, but let a password confirm a link", async () => {
    const email = `kim-${randomUUID().slice(0, 8)}@provincie.example`;
    const user = await makeUser({ email });
    await expect(signInWithPassword({ email: email.replace("provincie", "Provincie"), password: user.password, address: address() }, noPause)).rejects.toSatisfy(signInRefused("PASSWORDLESS"));
    await expect(signUp({ name: "Kim", email: `new-${randomUUID().slice(0, 8)}@provincie.example`, password: "a long enough password" }, address())).rejects.toSatisfy(
      (error) => isAppError(error, "PASSWORDLESS") && error.field === "email" && error.params.domain === "provincie.example",
    );

    const outcome = await resolveOrganisationSignIn(claims({ email: user.email }));
    if (outcome.kind !== "confirm") throw new Error("expected a pending link");
    expect((await confirmOrganisationLink({ token: outcome.token, password: user.password, address: address() }, noPause)).id).toBe(user.id);
  });
});

describe("an account without a password", () => {
  it("refuses every password, and is deleted by typing its address", async () => {
    const email = uniqueEmail("nopassword");
    const userId = await organisationOnlyAccount({ email });
    await expect(signInWithPassword({ email, password: "", address: address() }, noPause)).rejects.toSatisfy(signInRefused("INVALID_CREDENTIALS"));
    await expect(signInWithPassword({ email, password: "anything at all", address: address() }, noPause)).rejects.toSatisfy(signInRefused("INVALID_CREDENTIALS"));

    await expect(deleteAccount(userId, { confirmEmail: "someone@else.example" })).rejects.toSatisfy((error) => isAppError(error, "INVALID") && error.field === "confirmEmail");
    await expect(deleteAccount(userId, { password: "anything at all" })).rejects.toSatisfy((error) => isAppError(error, "INVALID") && error.field === "confirmEmail");
    await deleteAccount(userId, { confirmEmail: ` ${email.toUpperCase()} ` });
    expect(await db.user.count({ where: { id: userId } })).toBe(0);
    expect(await db.organisationSignIn.count({ where: { userId } })).toBe(0);
  });
});

describe("what is kept", () => {
  it("the data download lists the linked sign-in methods; housekeeping forgets links that waited too long", async () => {
    const email = uniqueEmail("exported");
    const userId = await organisationOnlyAccount({ email });
    const exported = await exportMyData(userId);
    expect(exported.signInMethods).toEqual([expect.objectContaining({ provider: "entra", email })]);

    const user = await makeUser();
    const pending = (hoursAgo: number) =>
      db.pendingOrganisationSignIn.create({
        data: { userId: user.id, provider: "entra", subject: randomUUID(), email: user.email, tokenHash: randomUUID(), expiresAt: new Date(Date.now() - hoursAgo * 3600_000) },
      });
    const [old, live] = [await pending(48), await pending(-1)];
    expect((await pruneExpired()).pendingSignIns).toBeGreaterThanOrEqual(1);
    const left = (await db.pendingOrganisationSignIn.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id);
    expect(left).toEqual([live.id]);
    expect(left).not.toContain(old.id);
  });
});
