import { db } from "@/lib/db";
import { makePartnership, makeUser, setAnswers } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { waitForEmail } from "./support/mailbox";
import { viewerPage } from "./viewers";

test.describe("notifications", () => {
  test("a member chooses email at once for notes about them; a note arrives as an email of names and links with one-click unsubscribe", async ({
    page,
    browser,
    baseURL,
    request,
  }) => {
    const stamp = Date.now();
    const [anna, sem] = await Promise.all([makeUser({ name: "Anna Author" }), makeUser({ name: "Sem Subject" })]);
    const partnership = await makePartnership({ name: `Klimaatpact ${stamp}`, members: [{ user: anna }, { user: sem }] });
    const secretAnswer = `Afraid of deep water ${stamp}`;
    await setAnswers(sem.id, { fears: secretAnswer }, { fears: "PARTNERS" });
    const semMembership = await db.membership.findFirstOrThrow({ where: { partnershipId: partnership.id, userId: sem.id } });
    const semPage = `/partnerships/${partnership.id}/members/${semMembership.id}`;

    // Sem finds the settings from the account page and chooses "Email at once" for notes about them.
    await signIn(page, sem);
    await page.goto("/account");
    await page.getByRole("link", { name: "Notification settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const notes = page.getByRole("group", { name: "A note about me" });
    await notes.getByRole("radio", { name: "Email at once" }).check();
    await page.getByRole("group", { name: "A kickoff started" }).getByRole("radio", { name: "Off" }).check();
    await page.getByRole("button", { name: "Save notification settings" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.screenshot({ path: "test-results/notifications-settings.png", fullPage: true });
    await page.reload();
    await expect(page.getByRole("group", { name: "A note about me" }).getByRole("radio", { name: "Email at once" })).toBeChecked();
    await expect(page.getByRole("group", { name: "A kickoff started" }).getByRole("radio", { name: "Off" })).toBeChecked();

    // Anna writes a note about Sem.
    const author = await viewerPage(browser, baseURL, anna);
    await author.goto(semPage);
    const noteBody = `Your calm in the first session helped everyone ${stamp}`;
    await author.getByLabel("Your note").fill(noteBody);
    await author.getByRole("button", { name: "Leave note" }).click();
    await expect(author.getByText(noteBody)).toBeVisible();

    // The email: who and where, a link to Sem's member page, one-click unsubscribe; no note, no answer.
    const email = await waitForEmail(sem.email, { subject: /Anna Author left you an appreciation/ });
    expect(email.subject).toBe(`Anna Author left you an appreciation in ${partnership.name}`);
    expect(email.links).toContain(`${baseURL}${semPage}`);
    const unsubscribeUrl = email.headers["list-unsubscribe"]?.replace(/^<|>$/g, "");
    expect(unsubscribeUrl).toMatch(new RegExp(`^${baseURL}/api/unsubscribe\\?token=`));
    expect(email.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(email.text).toContain(unsubscribeUrl);
    for (const part of [email.text, email.html, email.subject]) {
      expect(part).not.toContain(noteBody);
      expect(part).not.toContain(secretAnswer);
    }

    // In the app: an unread count beside Notifications, the item on the list, marked read at once.
    await page.goto("/");
    const link = page.getByRole("link", { name: /^Notifications/ });
    await expect(link).toContainText("1");
    await link.click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: `Anna Author left you an appreciation in ${partnership.name}` });
    await expect(item).toContainText("Unread");
    await page.screenshot({ path: "test-results/notifications-list.png", fullPage: true });
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(item).not.toContainText("Unread");
    await expect(page.getByRole("link", { name: /^Notifications/ })).not.toContainText("1");
    await item.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${semPage}$`));

    // A forged token is refused, and changes nothing.
    const forged = await request.post(`${unsubscribeUrl!.slice(0, -2)}xx`, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(forged.status()).toBe(400);
    expect(await forged.text()).toBe("Bad request");

    // Opening the link asks for one click (nothing changes on GET).
    const visitor = await viewerPage(browser, baseURL);
    await visitor.goto(unsubscribeUrl!);
    await expect(visitor.getByRole("heading", { level: 1, name: "Unsubscribe" })).toBeVisible();
    await expect(visitor.getByText("Stop emails about “A note about me”?", { exact: false })).toBeVisible();
    await visitor.screenshot({ path: "test-results/notifications-unsubscribe.png", fullPage: true });
    expect((await db.notificationPreference.findUniqueOrThrow({ where: { userId_kind: { userId: sem.id, kind: "NOTE_ABOUT_ME" } } })).channel).toBe("EMAIL");

    // The mail client's one-click POST (RFC 8058), no sign-in: notes about Sem are now in the app only.
    const reply = await request.post(unsubscribeUrl!, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(reply.status()).toBe(200);
    await page.goto("/account/notifications");
    await expect(page.getByRole("group", { name: "A note about me" }).getByRole("radio", { name: "In the app only" })).toBeChecked();
    await expect(page.getByRole("group", { name: "A kickoff started" }).getByRole("radio", { name: "Off" })).toBeChecked();

    // The confirmation page's button does the same, and says so.
    await visitor.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(visitor.getByText("Done: you no longer get emails about “A note about me”.", { exact: false })).toBeVisible();
  });
});
