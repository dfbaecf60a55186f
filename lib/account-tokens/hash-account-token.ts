import "server-only";
import { createHash } from "node:crypto";

/** The fingerprint stored for an account token: SHA-256, hex. The token itself is never stored. */
export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
