import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { findLinks } from "@/lib/mail/find-links";
import type { CaughtEmail } from "./mail-catcher";

const MAIL_DIR = path.resolve(process.env.E2E_MAIL_DIR ?? "test-results/mail");

export type ReceivedEmail = {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Header values by lower-case name. */
  headers: Record<string, string>;
  /** The http(s) URLs in the text part, in order. */
  links: string[];
};

function caught(): (CaughtEmail & { file: string })[] {
  let files: string[];
  try {
    files = readdirSync(MAIL_DIR).filter((file) => file.endsWith(".json"));
  } catch {
    return [];
  }
  return files.sort().map((file) => ({ ...(JSON.parse(readFileSync(path.join(MAIL_DIR, file), "utf8")) as CaughtEmail), file }));
}

/**
 * Waits until the test SMTP server (e2e/support/mail-catcher.ts) has received an email for this
 * address (case-insensitive), optionally with a subject matching `subject` and received after
 * `after`, and returns the newest such message.
 */
export async function waitForEmail(to: string, options: { subject?: RegExp; timeoutMs?: number; after?: Date } = {}): Promise<ReceivedEmail> {
  const address = to.toLowerCase();
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const found = caught()
      .filter((email) => email.to === address)
      .filter((email) => !options.subject || options.subject.test(email.subject))
      .filter((email) => !options.after || new Date(email.receivedAt) >= options.after)
      .at(-1);
    if (found) {
      const { to: recipient, from, subject, text, html, headers } = found;
      return { to: recipient, from, subject, text, html, headers, links: findLinks(text) };
    }
    if (Date.now() > deadline) {
      const seen = caught().filter((email) => email.to === address).map((email) => email.subject);
      throw new Error(`no email for ${to}${options.subject ? ` with subject ${options.subject}` : ""} within ${options.timeoutMs ?? 20_000} ms (received for this address: ${seen.length ? seen.join(" | ") : "none"})`);
    }
    await sleep(200);
  }
}

/** Every email received so far for this address (oldest first), e.g. to check that none was sent twice. */
export function emailsFor(to: string): ReceivedEmail[] {
  const address = to.toLowerCase();
  return caught()
    .filter((email) => email.to === address)
    .map(({ to: recipient, from, subject, text, html, headers }) => ({ to: recipient, from, subject, text, html, headers, links: findLinks(text) }));
}
