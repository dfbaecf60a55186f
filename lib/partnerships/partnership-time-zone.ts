import "server-only";
import { db } from "@/lib/db";
import { memberOf } from "@/lib/memberships/member-of";

/** The time zone the partnership's sessions are planned and shown in; members only. */
export async function partnershipTimeZone(viewerId: string, partnershipId: string): Promise<string> {
  await memberOf(db, viewerId, partnershipId);
  const { timeZone } = await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { timeZone: true } });
  return timeZone;
}
