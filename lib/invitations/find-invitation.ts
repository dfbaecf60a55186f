import "server-only";
import type { Db, Tx } from "@/lib/db";
import { hashInviteToken } from "@/lib/invitations/invite-token";

export type InvitationRow = {
  id: string;
  partnershipId: string;
  maxUses: number | null;
  useCount: number;
  revoked: boolean;
  expired: boolean;
  /** The address a personal (emailed) invitation is bound to; null for a shareable link. */
  email: string | null;
};

export type InvitationState = "open" | "revoked" | "expired" | "usedUp";

/**
 * The invitation a token belongs to, looked up by its fingerprint, with its state by the
 * database's clock. `lock` holds the row until the transaction ends (for redeeming).
 */
export async function findInvitation(client: Db | Tx, token: string, { lock = false } = {}) {
  const tokenHash = hashInviteToken(token);
  const rows = lock
    ? await client.$queryRaw<InvitationRow[]>`
        SELECT "id", "partnershipId", "maxUses", "useCount", "revokedAt" IS NOT NULL AS "revoked", "expiresAt" <= now() AS "expired", "email"
        FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`
    : await client.$queryRaw<InvitationRow[]>`
        SELECT "id", "partnershipId", "maxUses", "useCount", "revokedAt" IS NOT NULL AS "revoked", "expiresAt" <= now() AS "expired", "email"
        FROM "Invitation" WHERE "tokenHash" = ${tokenHash}`;
  const row = rows[0];
  if (!row) return null;
  return { ...row, state: stateOf(row) };
}

function stateOf(row: InvitationRow): InvitationState {
  if (row.revoked) return "revoked";
  if (row.expired) return "expired";
  if (row.maxUses !== null && row.useCount >= row.maxUses) return "usedUp";
  return "open";
}
