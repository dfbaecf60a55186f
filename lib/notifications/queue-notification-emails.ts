import "server-only";
import type { Tx } from "@/lib/db";
import { inTransaction, queue, QUEUES } from "@/lib/jobs/queue";
import { SEND_EMAIL_RETRIES, type OutgoingEmail } from "@/lib/mail/queue-email";

/**
 * queueEmail for many messages at once: records them and their send jobs in the caller's
 * transaction with two statements whatever their number (one insert of messages, one of jobs),
 * with the same retries as queueEmail.
 */
export async function queueNotificationEmails(tx: Tx, emails: OutgoingEmail[]) {
  if (emails.length === 0) return [];
  const messages = await tx.emailMessage.createManyAndReturn({
    data: emails.map((email) => ({ ...email, to: email.to.toLowerCase(), unsubscribeUrl: email.unsubscribeUrl ?? null })),
    select: { id: true },
  });
  await queue().insert(
    messages.map((message) => ({ name: QUEUES.sendEmail, data: { messageId: message.id }, ...SEND_EMAIL_RETRIES })),
    { db: inTransaction(tx) },
  );
  return messages;
}
