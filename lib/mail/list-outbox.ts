import "server-only";
import { db } from "@/lib/db";

/**
 * The latest recorded emails, newest first, for the development outbox page (only shown while no
 * SMTP server is configured, see outboxEnabled): what would have been sent, with its links.
 */
export async function listOutbox(limit = 50) {
  return db.emailMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, kind: true, locale: true, subject: true, text: true, status: true, createdAt: true },
  });
}
