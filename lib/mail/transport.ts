import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import SMTPPool from "nodemailer/lib/smtp-pool";
import { env } from "@/lib/env";

type Current = { url: string | undefined; transport: Transporter | null };

const globalForMail = globalThis as unknown as { mailTransport?: Current; mailTransportUrlForTests?: string | null };

function configuredUrl(): string | undefined {
  const override = globalForMail.mailTransportUrlForTests;
  if (override !== undefined) return override ?? undefined;
  return env().SMTP_URL;
}

/**
 * The process's SMTP transport (nodemailer, pooled connections), made on first use from SMTP_URL;
 * null when SMTP_URL is unset: messages are then kept in the outbox.
 */
export function mailTransport(): Transporter | null {
  const url = configuredUrl();
  const current = globalForMail.mailTransport;
  if (current && current.url === url) return current.transport;
  current?.transport?.close();
  // Pooled connections; timeouts well inside the job's expiry, so a stuck server means a retry
  // (options in the URL's query, e.g. ?socketTimeout=120000, win).
  const transport = url ? nodemailer.createTransport(new SMTPPool({ pool: true, url, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 })) : null;
  globalForMail.mailTransport = { url, transport };
  return transport;
}

/** Tests: send through this SMTP URL (null: no SMTP server, undefined: back to SMTP_URL). */
export function setMailTransportUrlForTests(url: string | null | undefined) {
  globalForMail.mailTransportUrlForTests = url;
}
