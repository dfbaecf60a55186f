import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makePartnership, makeUser, setAnswers } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { waitForEmail } from "./support/mailbox";
import { viewerPage } from "./viewers";

/** No serious or critical axe finding (WCAG 2.1 A and AA), as e2e/accessibility.spec.ts checks other pages. */
async function expectAccessible(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.help}`);
  expect(blocking, name).toEqual([]);
}

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
    await expectAccessible(page, "notification settings");
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
    await expectAccessible(page, "notifications");
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
    await expectAccessible(visitor, "unsubscribe");
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

  test("in Dutch: the settings page and a kickoff's notification, with the defaults before anything is saved", async ({ browser, baseURL }) => {
    const [member, other] = await Promise.all([makeUser({ name: "Mila Lid" }), makeUser()]);
    const partnership = await makePartnership({ name: `Waterschap ${Date.now()}`, members: [{ user: member }, { user: other }] });
    await db.notification.create({
      data: { userId: member.id, kind: "KICKOFF_STARTED", partnershipId: partnership.id, data: { partnershipName: partnership.name, starterName: "Test Facilitator", kickoffId: "k" } },
    });
    const page = await viewerPage(browser, baseURL, member);
    await page.goto("/account/notifications");
    await page.getByRole("button", { name: /^nl/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Een notitie over mij" }).getByRole("radio", { name: "Meteen per e-mail" })).toBeChecked();
    await expect(page.getByRole("group", { name: "Een rolwijziging in mijn samenwerkingen" }).getByRole("radio", { name: "Dagelijks overzicht" })).toBeChecked();
    await expect(page.getByRole("group", { name: "Een kickoff is gestart" }).getByRole("radio", { name: "Alleen in de app" })).toBeChecked();
    await page.getByRole("button", { name: "Meldingsinstellingen opslaan" }).click();
    await expect(page.getByText("Opgeslagen", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: /^Meldingen/ }).first().click();
    await expect(page.getByRole("link", { name: `Test Facilitator heeft een kickoff gestart in ${partnership.name}` })).toHaveAttribute("href", `/partnerships/${partnership.id}/kickoff`);
    await expect(page.getByText("Ongelezen", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Alles als gelezen markeren" }).click();
    await expect(page.getByText("Ongelezen", { exact: true })).toHaveCount(0);
  });
});
