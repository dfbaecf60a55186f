import "server-only";
import { db } from "@/lib/db";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { facilitatorOf } from "@/lib/memberships/member-of";

export type PersonalInvitationState = "sent" | "opened" | "joined" | "expired" | "revoked";

export type PersonalInvitationRow = {
  id: string;
  email: string;
  state: PersonalInvitationState;
  createdAt: Date;
  expiresAt: Date;
  openedAt: Date | null;
  joinedAt: Date | null;
  remindedAt: Date | null;
  revokedAt: Date | null;
  createdByName: string | null;
};

/** How many addresses the edit page lists (the most recent first). */
const SHOWN = 200;

/**
 * The partnership's personal invitations (sent by email), one per address: the latest, with its
 * state by the database's clock (joined, else revoked, else expired, else opened, else sent).
 * Facilitators only.
 */
export async function listPersonalInvitations(actorId: string, partnershipId: string): Promise<PersonalInvitationRow[]> {
  return logRefusals("invitation.listPersonal", { actorId, partnershipId }, async () => {
    await facilitatorOf(db, actorId, partnershipId);
    const rows = await db.$queryRaw<(Omit<PersonalInvitationRow, "state"> & { expired: boolean })[]>`
      SELECT * FROM (
        SELECT DISTINCT ON (i."email") i."id", i."email", i."createdAt", i."expiresAt", i."openedAt", i."joinedAt",
          i."remindedAt", i."revokedAt", i."expiresAt" <= now() AS "expired", u."name" AS "createdByName"
        FROM "Invitation" i LEFT JOIN "User" u ON u."id" = i."createdById"
        WHERE i."partnershipId" = ${partnershipId} AND i."email" IS NOT NULL
        ORDER BY i."email", i."createdAt" DESC, i."id" DESC
      ) latest
      ORDER BY "createdAt" DESC, "email"
      LIMIT ${SHOWN}`;
    return rows.map(({ expired, ...row }) => ({
      ...row,
      state: row.joinedAt ? "joined" : row.revokedAt ? "revoked" : expired ? "expired" : row.openedAt ? "opened" : "sent",
    }));
  });
}
