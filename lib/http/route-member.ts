import "server-only";
import { db } from "@/lib/db";
import { refusal, type RouteRefusal } from "@/lib/http/refusal";
import { routeUser } from "@/lib/http/route-user";
import { logger } from "@/lib/logger";
import { isRecordId } from "@/lib/validation/fields";

/**
 * The user and their membership for a route handler: 401 when signed out, 404 for a non-member
 * (the partnership's existence is not revealed) and, with `facilitator`, 403 for other members.
 */
export async function routeMember(
  partnershipId: string,
  { facilitator = false }: { facilitator?: boolean } = {},
): Promise<{ ok: true; userId: string; membership: { id: string; role: "FACILITATOR" | "MEMBER" } } | RouteRefusal> {
  const signedIn = await routeUser();
  if (!signedIn.ok) return signedIn;
  const userId = signedIn.user.id;
  const membership = isRecordId(partnershipId)
    ? await db.membership.findUnique({ where: { userId_partnershipId: { userId, partnershipId } }, select: { id: true, role: true } })
    : null;
  if (!membership) {
    logger.security("access.refused", { userId, partnershipId, reason: "not_a_member" });
    return refusal(404);
  }
  if (facilitator && membership.role !== "FACILITATOR") {
    logger.security("access.refused", { userId, partnershipId, reason: "not_a_facilitator" });
    return refusal(403);
  }
  return { ok: true, userId, membership };
}
