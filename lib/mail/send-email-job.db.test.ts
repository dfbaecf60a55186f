import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { simpleParser, type ParsedMail } from "mailparser";
import PgBoss from "pg-boss";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startWorkers } from "@/lib/jobs/start-workers";
import { composeEmail } from "@/lib/mail/compose-email";
import { queueEmail } from "@/lib/mail/queue-email";
import { sendEmailJob } from "@/lib/mail/send-email-job";
import { mailTransport, setMailTransportUrlForTests } from "@/lib/mail/transport";

type Received = { to: string[]; mail: ParsedMail };

/** A real SMTP server on a free loopback port; `reject(n)` refuses the next n messages (451). */
async function startSmtp() {
  const received: Received[] = [];
  let rejectNext = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      if (rejectNext > 0) {
        rejectNext--;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    for: (to: string) => received.filter((message) => message.to.includes(to.toLowerCase())),
    reject: (count: number) => void (rejectNext = count),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const address = (label: string) => `${label}-${randomUUID()}@test.samenspel.nl`;

async function recordMessage(to: string, extra: { unsubscribeUrl?: string; locale?: "en" | "nl" } = {}) {
  const { text, html } = composeEmail(
    extra.locale === "nl"
      ? { greeting: "Hallo Sam,", paragraphs: ["Bevestig je e-mailadres."], action: { label: "Bevestigen", url: "http://127.0.0.1:3000/verify/abc" }, footer: "Samenspel" }
      : { greeting: "Hello Sam,", paragraphs: ["Please confirm your address."], action: { label: "Confirm", url: "http://127.0.0.1:3000/verify/abc" }, footer: "Samenspel" },
    extra.locale ?? "en",
  );
  return db.$transaction((tx) =>
    queueEmail(tx, { to, kind: "test", locale: extra.locale ?? "en", subject: extra.locale === "nl" ? "Bevestig je adres" : "Confirm your address", text, html, unsubscribeUrl: extra.unsubscribeUrl }),
  );
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(200);
  }
}

const bosses: PgBoss[] = [];
const smtps: { stop: () => Promise<void> }[] = [];

/** One app instance's queue client (pg-boss on the test database). */
async function newBoss() {
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", max: 2, supervise: false, schedule: false });
  bosses.push(boss);
  await boss.start();
  return boss;
}

/** A send-email queue of this test's own, so that other tests' email jobs are left alone. */
async function testQueue(boss: PgBoss) {
  const name = `test-send-email-${randomUUID()}`;
  await boss.createQueue(name);
  return name;
}

const work = (boss: PgBoss, queueName: string) => startWorkers(boss, { emailQueue: queueName, scheduled: [], pollingIntervalSeconds: 0.5 });

async function enqueue(boss: PgBoss, queueName: string, messageId: string, retryLimit = 5) {
  await boss.send(queueName, { messageId }, { retryLimit, retryDelay: 1 });
}

afterEach(async () => {
  await Promise.all(bosses.splice(0).map((boss) => boss.stop({ graceful: false, wait: true })));
  setMailTransportUrlForTests(undefined);
  mailTransport()?.close();
  await Promise.all(smtps.splice(0).map((smtp) => smtp.stop()));
});

afterAll(() => {
  setMailTransportUrlForTests(null);
  mailTransport();
});

describe("sending a recorded email", () => {
  it("sends both parts from MAIL_FROM to the recipient, in the recipient's language, and marks it SENT", async () => {
    const smtp = await startSmtp();
    smtps.push(smtp);
    setMailTransportUrlForTests(smtp.url);
    const to = address("Sent");
    const message = await recordMessage(to, { locale: "nl" });

    expect(await sendEmailJob({ data: { messageId: message.id }, retryCount: 0, retryLimit: 5 })).toBe("sent");

    const [delivered, ...more] = smtp.for(to);
    expect(more).toHaveLength(0);
    const mail = delivered!.mail;
    expect(mail.from?.value).toEqual([{ name: "Samenspel", address: "no-reply@localhost" }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe(to.toLowerCase());
    expect(mail.subject).toBe("Bevestig je adres");
    expect(mail.text).toContain("Bevestig je e-mailadres.");
    expect(mail.text).toContain("http://127.0.0.1:3000/verify/abc");
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('href="http://127.0.0.1:3000/verify/abc"');
    expect(mail.headers.get("content-language")).toBe("nl");
    expect(mail.headers.has("list-unsubscribe")).toBe(false);

    const stored = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(stored.sentAt).toBeInstanceOf(Date);

    // Done once: the same job again sends nothing.
    expect(await sendEmailJob({ data: { messageId: message.id }, retryCount: 0, retryLimit: 5 })).toBe("skipped");
    expect(smtp.for(to)).toHaveLength(1);
  });

  it("adds one-click unsubscribe headers when the message has an unsubscribe URL", async () => {
    const smtp = await startSmtp();
    smtps.push(smtp);
    setMailTransportUrlForTests(smtp.url);
    const to = address("unsubscribe");
    const unsubscribeUrl = `http://127.0.0.1:3000/unsubscribe/${randomUUID()}`;
    const message = await recordMessage(to, { unsubscribeUrl });

    await sendEmailJob({ data: { messageId: message.id }, retryCount: 0, retryLimit: 5 });

    const { mail } = smtp.for(to)[0]!;
    const headers = Object.fromEntries(mail.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim()]));
    expect(headers["list-unsubscribe"]).toBe(`<${unsubscribeUrl}>`);
    expect(headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.subject).toBe("Confirm your address");
    expect(mail.headers.get("content-language")).toBe("en");
  });

  it("keeps the message in the outbox when no SMTP server is configured", async () => {
    setMailTransportUrlForTests(null);
    const message = await recordMessage(address("kept"));

    expect(await sendEmailJob({ data: { messageId: message.id }, retryCount: 0, retryLimit: 5 })).toBe("kept");

    const stored = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored.status).toBe("KEPT");
    expect(stored.sentAt).toBeNull();
    expect(await sendEmailJob({ data: { messageId: message.id }, retryCount: 0, retryLimit: 5 })).toBe("skipped");
  });
});

describe("the send-email worker", () => {
  it("retries after the SMTP server refuses a message, and delivers it exactly once", async () => {
    const smtp = await startSmtp();
    smtps.push(smtp);
    setMailTransportUrlForTests(smtp.url);
    smtp.reject(1);
    const to = address("retry");
    const message = await recordMessage(to);
    const boss = await newBoss();
    const queueName = await testQueue(boss);
    await work(boss, queueName);
    await enqueue(boss, queueName, message.id);

    const stored = await until(
      () => db.emailMessage.findUniqueOrThrow({ where: { id: message.id } }),
      (row) => row.status === "SENT",
    );
    expect(stored.attempts).toBe(2);
    await sleep(1_500);
    expect(smtp.for(to)).toHaveLength(1);
  });

  it("marks the message FAILED when the last retry fails", async () => {
    const smtp = await startSmtp();
    smtps.push(smtp);
    setMailTransportUrlForTests(smtp.url);
    smtp.reject(100);
    const message = await recordMessage(address("failed"));
    const boss = await newBoss();
    const queueName = await testQueue(boss);
    await work(boss, queueName);
    await enqueue(boss, queueName, message.id, 1);

    const stored = await until(
      () => db.emailMessage.findUniqueOrThrow({ where: { id: message.id } }),
      (row) => row.status === "FAILED",
    );
    expect(stored.attempts).toBe(2);
    expect(stored.lastError).toMatch(/Try again later/);
  });

  it("delivers each of many messages exactly once with two instances working the same queue", async () => {
    const smtp = await startSmtp();
    smtps.push(smtp);
    setMailTransportUrlForTests(smtp.url);
    const recipients = Array.from({ length: 24 }, (_, index) => address(`instance-${index}`));
    const messages = await Promise.all(recipients.map((to) => recordMessage(to)));

    const [first, second] = [await newBoss(), await newBoss()];
    const queueName = await testQueue(first);
    for (const message of messages) await enqueue(first, queueName, message.id);
    await Promise.all([work(first, queueName), work(second, queueName)]);

    await until(
      () => db.emailMessage.count({ where: { id: { in: messages.map((message) => message.id) }, status: "SENT" } }),
      (sent) => sent === messages.length,
      40_000,
    );
    await sleep(1_500);
    for (const to of recipients) expect(smtp.for(to), to).toHaveLength(1);
    expect(await db.emailMessage.count({ where: { id: { in: messages.map((message) => message.id) }, attempts: { not: 1 } } })).toBe(0);
  });
});
