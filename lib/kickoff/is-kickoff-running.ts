import "server-only";
import { db } from "@/lib/db";

/**
 * Whether a session of the partnership runs now, as the user may know it: false when the user is
 * not a member. One statement, so that a page showing the kickoff only while it runs pays for the
 * whole feed only then.
 */
export async function isKickoffRunning(userId: string, partnershipId: string) {
  const running = await db.kickoffSession.findFirst({
    where: { partnershipId, status: "RUNNING", partnership: { memberships: { some: { userId } } } },
    select: { id: true },
  });
  return running !== null;
}
