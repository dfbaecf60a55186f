import "server-only";
import { db } from "@/lib/db";

/** Whether the account has a password (an account made by an organisation's sign-in has none). */
export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
