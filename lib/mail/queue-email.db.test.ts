import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { QUEUES } from "@/lib/jobs/queue";
import { queueEmail } from "@/lib/mail/queue-email";

const email = (to: string) => ({ to, kind: "test", locale: "en" as const, subject: "Hi", text: "Hello", html: "<p>Hello</p>" });

async function jobsFor(messageId: string) {
  return db.$queryRaw<{ id: string }[]>`SELECT id FROM pgboss.job WHERE name = ${QUEUES.sendEmail} AND data->>'messageId' = ${messageId}`;
}

describe("queueing an email", () => {
  it("records the message and its job in the caller's transaction", async () => {
    const message = await db.$transaction((tx) => queueEmail(tx, email(`Queued-${Date.now()}@test.samenspel.nl`)));
    const stored = await db.emailMessage.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored.status).toBe("QUEUED");
    expect(stored.to).toMatch(/^queued-/);
    expect(await jobsFor(message.id)).toHaveLength(1);
  });

  it("leaves neither message nor job behind when the transaction rolls back", async () => {
    let messageId = "";
    await expect(
      db.$transaction(async (tx) => {
        messageId = (await queueEmail(tx, email(`rolled-back-${Date.now()}@test.samenspel.nl`))).id;
        throw new Error("the request failed after queueing");
      }),
    ).rejects.toThrow("the request failed");
    expect(messageId).not.toBe("");
    expect(await db.emailMessage.count({ where: { id: messageId } })).toBe(0);
    expect(await jobsFor(messageId)).toHaveLength(0);
  });
});
