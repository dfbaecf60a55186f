import "server-only";
import { env } from "@/lib/env";

/** Whether the development outbox page is on: MAIL_OUTBOX=1 and no SMTP server configured. */
export function outboxEnabled(): boolean {
  const config = env();
  return config.MAIL_OUTBOX && !config.SMTP_URL;
}
