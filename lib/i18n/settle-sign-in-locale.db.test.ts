import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { settleSignInLocale } from "@/lib/i18n/settle-sign-in-locale";
import { makeUser, TEST_PASSWORD, uniqueEmail } from "@/lib/testing/factories";
import { createUser } from "@/lib/users/create-user";

// This browser's cookies, as next/headers would give them in a route handler.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
}));

async function localeOf(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;
}

describe("the language at sign-up and sign-in", () => {
  beforeEach(() => jar.clear());

  it("keeps the language chosen before signing up on the new account", async () => {
    const user = await createUser({ name: "Nieuw", email: uniqueEmail("nl"), password: TEST_PASSWORD }, { locale: "nl" });
    expect(await localeOf(user.id)).toBe("nl");
  });

  it("gives an account without a language the one chosen in this browser", async () => {
    const user = await makeUser();
    jar.set("locale", "nl");
    expect(await settleSignInLocale({ id: user.id, locale: null })).toBe("nl");
    expect(await localeOf(user.id)).toBe("nl");
  });

  it("lets the account's language win, and the browser follow it", async () => {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { locale: "nl" } });
    jar.set("locale", "en");
    expect(await settleSignInLocale({ id: user.id, locale: "nl" })).toBe("nl");
    expect(await localeOf(user.id)).toBe("nl");
    expect(jar.get("locale")).toBe("nl");
  });

  it("leaves an account without a language alone when none was chosen", async () => {
    const user = await makeUser();
    expect(await settleSignInLocale({ id: user.id, locale: null })).toBeNull();
    expect(await localeOf(user.id)).toBeNull();
    expect(jar.has("locale")).toBe(false);
  });
});
