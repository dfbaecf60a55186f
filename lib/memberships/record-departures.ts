import "server-only";
import type { Tx } from "@/lib/db";
import type { DepartureReason } from "@/lib/generated/prisma/enums";

/**
 * Remembers that `userId` stops being a member of these partnerships, and since when they had
 * been one. Called in the transaction that deletes the memberships, before it does: a departure is
 * recorded exactly when a membership ends. Holds no answer and no name (the user's name is read
 * from the account while it exists).
 */
export async function recordDepartures(tx: Tx, userId: string, partnershipIds: string[], reason: DepartureReason) {
  if (partnershipIds.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "MemberDeparture" ("id", "partnershipId", "userId", "reason", "memberSince", "leftAt")
    SELECT gen_random_uuid()::text, m."partnershipId", m."userId", ${reason}::"DepartureReason", m."joinedAt", now()
    FROM "Membership" m
    WHERE m."userId" = ${userId} AND m."partnershipId" = ANY(${partnershipIds})`;
}
