import { db } from "@/lib/db";
import { composeEmail } from "@/lib/mail/compose-email";
import { queueEmail } from "@/lib/mail/queue-email";
import { uniqueEmail } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { waitForEmail } from "./support/mailbox";

test.describe("email", () => {
  test("a message recorded in the database is sent by the app's worker to the SMTP server, with both parts and its headers", async ({ baseURL }) => {
    const to = uniqueEmail("Mail-Check");
    const link = `${baseURL}/sign-in`;
    const unsubscribeUrl = `${baseURL}/unsubscribe/e2e-check`;
    const { text, html } = composeEmail({ greeting: "Hallo,", paragraphs: ["Een bericht van de test."], action: { label: "Inloggen", url: link }, footer: "Samenspel" }, "nl");
    await db.$transaction((tx) => queueEmail(tx, { to, kind: "e2e-check", locale: "nl", subject: "Een testbericht", text, html, unsubscribeUrl }));

    const email = await waitForEmail(to.toUpperCase(), { subject: /testbericht/ });
    expect(email.to).toBe(to.toLowerCase());
    expect(email.from).toContain("no-reply@samenspel.test");
    expect(email.subject).toBe("Een testbericht");
    expect(email.text).toContain("Een bericht van de test.");
    expect(email.html).toContain('<html lang="nl">');
    expect(email.headers["content-language"]).toBe("nl");
    expect(email.headers["list-unsubscribe"]).toBe(`<${unsubscribeUrl}>`);
    expect(email.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(email.links).toEqual([link]);

    await expect.poll(async () => (await db.emailMessage.findFirst({ where: { to: to.toLowerCase() } }))?.status).toBe("SENT");
  });
});
