import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { hashAccountToken } from "@/lib/account-tokens/hash-account-token";

export type ConsumedToken = { id: string; userId: string; email: string };

/** Tokens are base64url of 32 bytes; anything else cannot be one and is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Uses a token once: a single UPDATE that succeeds only while the token is unused, unexpired and
 * of this purpose, so that two uses at the same moment give one success. The lookup is by the
 * hash's unique index (no comparison of secrets in application code). Null: unknown, used,
 * expired or meant for something else.
 */
export async function consumeAccountToken(client: Db | Tx, token: string, purpose: TokenPurpose): Promise<ConsumedToken | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const rows = await client.$queryRaw<ConsumedToken[]>`
    UPDATE "AccountToken" SET "usedAt" = now()
    WHERE "tokenHash" = ${hashAccountToken(token)}
      AND "purpose" = ${purpose}::"TokenPurpose"
      AND "usedAt" IS NULL
      AND "expiresAt" > now()
    RETURNING "id", "userId", "email"`;
  return rows[0] ?? null;
}
