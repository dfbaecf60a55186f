import "server-only";
import { db } from "@/lib/db";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { hashAccountToken } from "@/lib/account-tokens/hash-account-token";

/**
 * Whether a token would still work, without using it (for a page that shows a form first).
 * Unknown, used, expired and other-purpose tokens all answer false.
 */
export async function isAccountTokenUsable(token: string, purpose: TokenPurpose): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
  const rows = await db.$queryRaw<{ usable: boolean }[]>`
    SELECT true AS "usable" FROM "AccountToken"
    WHERE "tokenHash" = ${hashAccountToken(token)}
      AND "purpose" = ${purpose}::"TokenPurpose"
      AND "usedAt" IS NULL
      AND "expiresAt" > now()`;
  return rows.length > 0;
}
