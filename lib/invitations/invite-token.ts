import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** The fingerprint stored for a token: SHA-256, hex. The token itself is never stored. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new invite token (32 random bytes, base64url: 256 bits) and its fingerprint. */
export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}
