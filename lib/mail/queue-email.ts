import "server-only";
import type { Tx } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import { inTransaction, queue, QUEUES } from "@/lib/jobs/queue";

export type OutgoingEmail = {
  to: string;
  /** Which message this is, e.g. "password-reset": for the outbox and the log. */
  kind: string;
  /** The recipient's language: the whole message is written in it. */
  locale: Locale;
  subject: string;
  text: string;
  html: string;
  /** One-click unsubscribe URL (List-Unsubscribe and List-Unsubscribe-Post), for notifications. */
  unsubscribeUrl?: string;
};

/** How a send-email job is retried: 5 more tries, from 30 s apart, backing off. */
export const SEND_EMAIL_RETRIES = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;

/**
 * Records an email in the caller's transaction and queues its sending there too: the request
 * never waits on SMTP, and a rolled-back transaction leaves neither message nor job. The worker
 * sends it (or keeps it in the outbox when no SMTP server is configured) and retries failures.
 * An email holds names and links only, never a profile or mission answer.
 */
export async function queueEmail(tx: Tx, email: OutgoingEmail) {
  const message = await tx.emailMessage.create({
    data: { ...email, to: email.to.toLowerCase(), unsubscribeUrl: email.unsubscribeUrl ?? null },
    select: { id: true },
  });
  await queue().send(QUEUES.sendEmail, { messageId: message.id }, { db: inTransaction(tx), ...SEND_EMAIL_RETRIES });
  return message;
}
