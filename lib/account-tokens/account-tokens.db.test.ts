import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { consumeAccountToken } from "@/lib/account-tokens/consume-account-token";
import { hashAccountToken } from "@/lib/account-tokens/hash-account-token";
import { isAccountTokenUsable } from "@/lib/account-tokens/is-account-token-usable";
import { issueAccountToken } from "@/lib/account-tokens/issue-account-token";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { makeUser } from "@/lib/testing/factories";

async function issue(purpose: TokenPurpose = "RESET_PASSWORD") {
  const user = await makeUser();
  const token = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose, email: user.email }));
  return { user, token };
}

describe("account tokens", () => {
  it("stores only the SHA-256 hash: the raw token is nowhere in the database", async () => {
    const { user, token } = await issue();
    const rows = await db.accountToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashAccountToken(token));
    expect(rows[0]!.tokenHash).not.toContain(token);
    const anywhere = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS "count" FROM "AccountToken" t WHERE row_to_json(t)::text LIKE ${`%${token}%`}`;
    expect(Number(anywhere[0]!.count)).toBe(0);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("works once, even when used twice at the same moment", async () => {
    const { user, token } = await issue();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => consumeAccountToken(db, token, "RESET_PASSWORD")));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(outcomes.find(Boolean)).toMatchObject({ userId: user.id, email: user.email });
    expect(await consumeAccountToken(db, token, "RESET_PASSWORD")).toBeNull();
    expect(await isAccountTokenUsable(token, "RESET_PASSWORD")).toBe(false);
  });

  it("refuses a token meant for another purpose, and leaves it usable for its own", async () => {
    const { token } = await issue("VERIFY_EMAIL");
    expect(await isAccountTokenUsable(token, "RESET_PASSWORD")).toBe(false);
    expect(await consumeAccountToken(db, token, "RESET_PASSWORD")).toBeNull();
    expect(await isAccountTokenUsable(token, "VERIFY_EMAIL")).toBe(true);
    expect(await consumeAccountToken(db, token, "VERIFY_EMAIL")).not.toBeNull();
  });

  it("stops working when it expires: a reset link after an hour, a verification link after 24 hours", async () => {
    const reset = await issue("RESET_PASSWORD");
    const verify = await issue("VERIFY_EMAIL");
    const lifetime = async (userId: string) => {
      const row = await db.accountToken.findFirstOrThrow({ where: { userId } });
      return (row.expiresAt.getTime() - row.createdAt.getTime()) / 1000;
    };
    expect(await lifetime(reset.user.id)).toBeCloseTo(60 * 60, -1);
    expect(await lifetime(verify.user.id)).toBeCloseTo(24 * 60 * 60, -1);
    await db.accountToken.updateMany({ where: { userId: reset.user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await isAccountTokenUsable(reset.token, "RESET_PASSWORD")).toBe(false);
    expect(await consumeAccountToken(db, reset.token, "RESET_PASSWORD")).toBeNull();
  });

  it("refuses unknown and malformed tokens without a query error", async () => {
    for (const token of ["", "x", "a".repeat(43), "a\u0000b".repeat(10), "'; DROP TABLE \"User\"; --", "x".repeat(10_000)]) {
      expect(await consumeAccountToken(db, token, "RESET_PASSWORD")).toBeNull();
      expect(await isAccountTokenUsable(token, "RESET_PASSWORD")).toBe(false);
    }
  });
});
