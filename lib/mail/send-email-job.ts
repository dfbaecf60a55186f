import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { findLinks } from "@/lib/mail/find-links";
import { mailTransport } from "@/lib/mail/transport";

/** A QUEUES.sendEmail job, with the retry counts pg-boss gives when asked for its metadata. */
export type SendEmailJob = { id?: string; data: { messageId: string }; retryCount: number; retryLimit: number };

/**
 * Sends one recorded EmailMessage. Idempotent: a message already SENT or KEPT is left alone. With
 * SMTP_URL it goes out (both parts, one-click unsubscribe headers when it has an unsubscribe URL)
 * and is marked SENT; a failure is recorded and rethrown so that pg-boss retries, and the last
 * attempt's failure marks it FAILED. Without SMTP_URL it is KEPT in the outbox and its links logged.
 */
export async function sendEmailJob(job: SendEmailJob): Promise<"sent" | "kept" | "skipped"> {
  const message = await db.emailMessage.findUnique({ where: { id: job.data.messageId } });
  if (!message || message.status === "SENT" || message.status === "KEPT") return "skipped";

  const transport = mailTransport();
  if (!transport) {
    await db.emailMessage.update({ where: { id: message.id }, data: { status: "KEPT", attempts: { increment: 1 }, lastError: null } });
    logger.info("email.kept", { to: message.to, kind: message.kind, subject: message.subject, links: findLinks(message.text).join(" ") });
    return "kept";
  }

  const from = env().MAIL_FROM;
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  try {
    await transport.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      // The same id on every attempt: a receiver can tell a retried delivery from a new message.
      messageId: `<${message.id}@${domain}>`,
      headers: {
        "Content-Language": message.locale,
        ...(message.unsubscribeUrl ? { "List-Unsubscribe": `<${message.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {}),
      },
    });
  } catch (error) {
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const final = job.retryCount >= job.retryLimit;
    await db.emailMessage.update({
      where: { id: message.id },
      data: { attempts: { increment: 1 }, lastError, ...(final ? { status: "FAILED" as const } : {}) },
    });
    logger.warn(final ? "email.failed" : "email.retry", { messageId: message.id, kind: message.kind, attempt: job.retryCount + 1, error: lastError });
    throw error;
  }
  await db.emailMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
  logger.info("email.sent", { messageId: message.id, kind: message.kind });
  return "sent";
}
