import "server-only";
import { db } from "@/lib/db";

/** Ends one session of the user (signing out in this browser); a copied cookie stops working. */
export async function endSession(userId: string, sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: new Date() } });
}
