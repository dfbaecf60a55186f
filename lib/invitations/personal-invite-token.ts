import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { hashInviteToken } from "@/lib/invitations/invite-token";

/**
 * The token of a personal (emailed) invitation: HMAC-SHA256 of the invitation's random id under
 * the server's secret, base64url (32 bytes, 43 characters, like a shareable link's). The database
 * holds only its SHA-256, as for every invite link; deriving it lets the one reminder carry the
 * same link as the first email without the token ever being stored. A new link for the same
 * address is a new invitation (new id, new token).
 */
export function personalInviteToken(invitationId: string): { token: string; tokenHash: string } {
  const token = createHmac("sha256", env().AUTH_SECRET).update(`invitation-email:${invitationId}`).digest("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}
