import "server-only";
import { createHash } from "node:crypto";

/** What is stored of a calendar feed token: its SHA-256, hex. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(`calendar-feed:${token}`).digest("hex");
}
