import "server-only";
import { db } from "@/lib/db";

/**
 * The user has read these notices ("Got it"): they stop being shown on every page and stay on
 * the profile. Only the user's own notices, and only those not yet seen (so the first dismissal
 * keeps its time); ids of anyone else's notices change nothing.
 */
export async function markAudienceNoticesSeen(userId: string, noticeIds: string[]) {
  const { count } = await db.audienceNotice.updateMany({
    where: { userId, id: { in: noticeIds }, seenAt: null },
    data: { seenAt: new Date() },
  });
  return count;
}
