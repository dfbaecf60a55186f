import { db } from "@/lib/db";
import { makePartnership, makeUser, TEST_PASSWORD, uniqueEmail } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { waitForEmail } from "./support/mailbox";
import { newVisitor } from "./visitor";

test.describe("invitations by email", () => {
  test("a facilitator invites a new address with a message; the invitee signs up through the emailed link and joins", async ({ page, browser, baseURL }) => {
    const { id, name, facilitator } = await makePartnership({ name: `Email delta ${Date.now()}` });
    const invitee = uniqueEmail("Invitee");
    const message = "Looking forward to <working> with you & the water board";

    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/edit`);
    await page.getByLabel("Email addresses").fill(invitee);
    await page.getByLabel("Message (optional)").fill(message);
    await page.getByRole("button", { name: "Send invitations" }).click();
    await expect(page.getByText("Invitation sent.")).toBeVisible();
    const row = page.getByRole("listitem").filter({ hasText: invitee });
    await expect(row).toContainText("Sent");
    await page.screenshot({ path: "test-results/invite-by-email-sent.png", fullPage: true });

    // The email arrives through the SMTP server, with the partnership, the message and the link.
    const email = await waitForEmail(invitee, { subject: /invites you/ });
    expect(email.subject).toContain(name);
    expect(email.text).toContain(name);
    expect(email.text).toContain("A climate-adaptive river region by 2035");
    expect(email.text).toContain(message);
    expect(email.text).toContain(facilitator.name);
    expect(email.html).toContain("Looking forward to &lt;working&gt; with you &amp; the water board");
    expect(email.html).not.toContain("<working>");
    const link = email.links.find((url) => url.includes("/invite/"));
    expect(link).toBeTruthy();

    // Someone else, signed in with another account, cannot use it.
    const someoneElse = await makeUser({ name: "Other Person" });
    const other = await newVisitor(browser, baseURL);
    await signIn(other, someoneElse);
    await other.goto(link!);
    await expect(other.getByRole("heading", { level: 1, name: "This invitation is for another address" })).toBeVisible();
    await expect(other.getByText(/sign in with i•••@test\.samenspel\.nl or ask for a new one/)).toBeVisible();
    await expect(other.getByText(name)).toHaveCount(0);
    await expect(other.getByRole("button", { name: "Join partnership" })).toHaveCount(0);
    await other.screenshot({ path: "test-results/invite-by-email-other-address.png", fullPage: true });
    await other.context().close();

    // The invitee opens the link, signs up with that address and joins.
    const visitor = await newVisitor(browser, baseURL);
    await visitor.goto(link!);
    await expect(visitor.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(visitor.getByText(/This invitation is for i•••@test\.samenspel\.nl/)).toBeVisible();
    await visitor.screenshot({ path: "test-results/invite-by-email-signed-out.png", fullPage: true });
    await visitor.getByRole("link", { name: "Sign up" }).first().click();
    await visitor.getByLabel("Name").fill("Ingrid Invitee");
    await visitor.getByLabel("Email").fill(invitee);
    await visitor.getByLabel("Password").fill(TEST_PASSWORD);
    await visitor.getByRole("button", { name: "Create account" }).click();
    await expect(visitor).toHaveURL(new RegExp(`/invite/`));
    await visitor.getByRole("button", { name: "Join partnership" }).click();
    await expect(visitor).toHaveURL(new RegExp(`/partnerships/${id}$`));
    await expect(visitor.getByRole("heading", { level: 1, name })).toBeVisible();
    await visitor.context().close();

    await page.reload();
    await expect(page.getByRole("listitem").filter({ hasText: invitee })).toContainText("Joined");
    await expect(page.getByRole("button", { name: `Revoke the invitation to ${invitee}` })).toHaveCount(0);
    await page.screenshot({ path: "test-results/invite-by-email-joined.png", fullPage: true });
  });

  test("a bad address is named next to the field, nothing is sent, and what was typed stays", async ({ page }) => {
    const { id, facilitator } = await makePartnership();
    const good = uniqueEmail("good");
    const typed = `${good},\nnot-an-address; bram@`;
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/edit`);
    await page.getByLabel("Email addresses").fill(typed);
    await page.getByLabel("Message (optional)").fill("Hello there");
    await page.getByRole("button", { name: "Send invitations" }).click();
    await expect(page.locator("#emails-error")).toHaveText(/These are not email addresses: not-an-address, bram@/);
    await expect(page.getByLabel("Email addresses")).toHaveValue(typed);
    await expect(page.getByLabel("Message (optional)")).toHaveValue("Hello there");
    await page.screenshot({ path: "test-results/invite-by-email-bad-address.png", fullPage: true });
    expect(await db.invitation.count({ where: { partnershipId: id } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: good } })).toBe(0);
  });

  test("a facilitator revokes a personal invitation; its link then says so", async ({ page, browser, baseURL }) => {
    const { id, facilitator } = await makePartnership();
    const invitee = uniqueEmail("revoked");
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/edit`);
    await page.getByLabel("Email addresses").fill(invitee);
    await page.getByRole("button", { name: "Send invitations" }).click();
    await expect(page.getByText("Invitation sent.")).toBeVisible();
    await page.getByRole("button", { name: `Revoke the invitation to ${invitee}` }).click();
    await page.getByRole("button", { name: "Yes, revoke" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: invitee })).toContainText("Revoked");

    const link = (await waitForEmail(invitee)).links.find((url) => url.includes("/invite/"));
    const visitor = await newVisitor(browser, baseURL);
    await visitor.goto(link!);
    await expect(visitor.getByRole("heading", { level: 1, name: "This invite link has been withdrawn" })).toBeVisible();
    await visitor.context().close();
  });
});
