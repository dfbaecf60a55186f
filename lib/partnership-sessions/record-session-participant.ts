import "server-only";
import { db } from "@/lib/db";

/**
 * Notes that a member took part in a running session of their partnership (they opened it while
 * it ran). Nothing happens for a session that is not running there or a user who is not a member.
 */
export async function recordSessionParticipant(userId: string, partnershipId: string, sessionId: string) {
  await db.$executeRaw`
    INSERT INTO "SessionParticipant" ("sessionId", "userId")
    SELECT k."id", m."userId" FROM "KickoffSession" k
    JOIN "Membership" m ON m."partnershipId" = k."partnershipId" AND m."userId" = ${userId}
    WHERE k."id" = ${sessionId} AND k."partnershipId" = ${partnershipId} AND k."status" = 'RUNNING'
    ON CONFLICT DO NOTHING`;
}
