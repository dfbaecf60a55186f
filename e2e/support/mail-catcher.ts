import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** Where the catcher writes each message it receives (one JSON file per recipient and message). */
export const MAIL_DIR = path.resolve(process.env.E2E_MAIL_DIR ?? "test-results/mail");
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);

export type CaughtEmail = {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Every header, by lower-case name (unfolded; repeated headers joined with ", "). */
  headers: Record<string, string>;
  receivedAt: string;
};

/**
 * A real SMTP server on 127.0.0.1 for the end-to-end tests: the app under test sends its email to
 * it (SMTP_URL), and it writes each message as a JSON file in MAIL_DIR, where the test workers
 * (other processes) find them with waitForEmail (e2e/support/mailbox.ts).
 */
export async function startMailCatcher(port = SMTP_PORT, dir = MAIL_DIR) {
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {};
          for (const { key, line } of parsed.headerLines) {
            const value = line.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim();
            headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
          }
          mkdirSync(dir, { recursive: true });
          for (const recipient of session.envelope.rcptTo) {
            const to = recipient.address.toLowerCase();
            const email: CaughtEmail = {
              to,
              from: parsed.from?.text ?? "",
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
              headers,
              receivedAt: new Date().toISOString(),
            };
            const name = `${Date.now()}-${to.replace(/[^a-z0-9@._-]/g, "_")}-${randomBytes(4).toString("hex")}.json`;
            // Written whole, then renamed: a reader never sees half a message.
            writeFileSync(path.join(dir, `.${name}.tmp`), JSON.stringify(email, null, 2));
            renameSync(path.join(dir, `.${name}.tmp`), path.join(dir, name));
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { port, dir, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Playwright's global setup: the catcher runs for the whole test run; the returned function stops it. */
export default async function globalSetup() {
  const catcher = await startMailCatcher();
  return async () => {
    await catcher.stop();
  };
}
