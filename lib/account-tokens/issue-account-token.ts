import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { hashAccountToken } from "@/lib/account-tokens/hash-account-token";

/** How long a link of each purpose works. */
export const TOKEN_LIFETIME_SECONDS: Record<TokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60,
  RESET_PASSWORD: 60 * 60,
};

/**
 * A new single-use token for one purpose and one address (32 random bytes, base64url), recorded
 * in the caller's transaction as its SHA-256 hash only. The raw token goes into a link and
 * nowhere else.
 */
export async function issueAccountToken(tx: Tx, input: { userId: string; purpose: TokenPurpose; email: string }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const lifetime = TOKEN_LIFETIME_SECONDS[input.purpose];
  await tx.accountToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      email: input.email.toLowerCase(),
      tokenHash: hashAccountToken(token),
      expiresAt: new Date(Date.now() + lifetime * 1000),
    },
  });
  return token;
}
