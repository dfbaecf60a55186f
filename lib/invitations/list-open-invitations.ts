import "server-only";
import { db } from "@/lib/db";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";

/**
 * The partnership's shareable invite links that still let someone in (not revoked, expired or used
 * up); facilitators only. Personal invitations sent by email are listed by listPersonalInvitations.
 */
export async function listOpenInvitations(actorId: string, partnershipId: string) {
  return logRefusals("invitation.list", { actorId, partnershipId }, async () => {
    await facilitatorOf(db, actorId, partnershipId);
    const invitations = await db.invitation.findMany({
      where: { partnershipId, email: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, createdAt: true, expiresAt: true, maxUses: true, useCount: true, createdBy: { select: { name: true } } },
    });
    return invitations
      .filter((invitation) => invitation.maxUses === null || invitation.useCount < invitation.maxUses)
      .map(({ createdBy, ...invitation }) => ({ ...invitation, createdByName: createdBy?.name ?? null }));
  });
}
