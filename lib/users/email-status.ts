import "server-only";
import { db } from "@/lib/db";

/** The account's address, whether it is confirmed, and the new address waiting for its link. */
export async function emailStatus(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true, pendingEmail: true } });
}
