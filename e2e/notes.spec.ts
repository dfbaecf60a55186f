import { db } from "@/lib/db";
import { makePartnership, makeUser } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { viewerPage } from "./viewers";

test.describe("appreciations and questions", () => {
  test("a member leaves notes on another member's page and deletes their own; nobody else can", async ({ page, browser, baseURL }) => {
    const [author, subject, bystander] = await Promise.all([
      makeUser({ name: "Fatima Author" }),
      makeUser({ name: "Sem Subject" }),
      makeUser({ name: "Bo Bystander" }),
    ]);
    const partnership = await makePartnership({ members: [{ user: author }, { user: subject }, { user: bystander }] });
    const subjectMembership = await db.membership.findFirstOrThrow({ where: { partnershipId: partnership.id, userId: subject.id } });
    const subjectPage = `/partnerships/${partnership.id}/members/${subjectMembership.id}`;

    await signIn(page, author);
    await page.goto(subjectPage);
    await expect(page.getByRole("heading", { level: 1, name: "Sem Subject" })).toBeVisible();
    await expect(page.getByRole("radio", { name: "Appreciation: what I value in your contribution" })).toBeChecked();
    await page.getByLabel("Your note").fill("Your calm in the first session helped everyone.");
    await page.getByRole("button", { name: "Leave note" }).click();
    const notes = page.getByRole("region", { name: "Appreciations and questions" }).getByRole("listitem");
    await expect(notes.filter({ hasText: "Your calm in the first session helped everyone." })).toContainText("Appreciation");
    await expect(page.getByLabel("Your note")).toHaveValue("");

    await page.getByRole("radio", { name: "Question" }).check();
    await page.getByLabel("Your note").fill("Could you bring the sensor data next time?");
    await page.getByRole("button", { name: "Leave note" }).click();
    await expect(notes.filter({ hasText: "Could you bring the sensor data next time?" })).toContainText("Question");
    await expect(page.getByRole("button", { name: "Delete note" })).toHaveCount(2);

    // Others in the partnership read the notes, without a way to delete them.
    const other = await viewerPage(browser, baseURL, bystander);
    await other.goto(subjectPage);
    await expect(other.getByText("Your calm in the first session helped everyone.")).toBeVisible();
    await expect(other.getByText("Fatima Author", { exact: false }).first()).toBeVisible();
    await expect(other.getByRole("button", { name: "Delete note" })).toHaveCount(0);

    // The subject reads them on their own page, and cannot write to themselves.
    const own = await viewerPage(browser, baseURL, subject);
    await own.goto(subjectPage);
    await expect(own.getByText("Could you bring the sensor data next time?")).toBeVisible();
    await expect(own.getByRole("button", { name: "Delete note" })).toHaveCount(0);
    await expect(own.getByRole("button", { name: "Leave note" })).toHaveCount(0);

    const question = notes.filter({ hasText: "Could you bring the sensor data next time?" });
    await question.getByRole("button", { name: "Delete note" }).click();
    await expect(page.getByText("Could you bring the sensor data next time?")).toHaveCount(0);
    await expect(page.getByText("Your calm in the first session helped everyone.")).toBeVisible();
    await other.reload();
    await expect(other.getByText("Could you bring the sensor data next time?")).toHaveCount(0);
    expect(await db.note.count({ where: { partnershipId: partnership.id } })).toBe(1);
  });

  test("the member a note is about removes it from their page; others no longer see it, its author sees that it was removed", async ({
    page,
    browser,
    baseURL,
  }) => {
    const [author, subject, bystander] = await Promise.all([
      makeUser({ name: "Fatima Author" }),
      makeUser({ name: "Sem Subject" }),
      makeUser({ name: "Bo Bystander" }),
    ]);
    const partnership = await makePartnership({ members: [{ user: author }, { user: subject }, { user: bystander }] });
    const subjectMembership = await db.membership.findFirstOrThrow({ where: { partnershipId: partnership.id, userId: subject.id } });
    const subjectPage = `/partnerships/${partnership.id}/members/${subjectMembership.id}`;
    const unwelcome = "Why were you late again?";
    const kept = "Thanks for the river maps.";

    await signIn(page, author);
    await page.goto(subjectPage);
    await page.getByRole("radio", { name: "Question" }).check();
    await page.getByLabel("Your note").fill(unwelcome);
    await page.getByRole("button", { name: "Leave note" }).click();
    await expect(page.getByText(unwelcome)).toBeVisible();
    // The author deletes their own note; removing is for the member it is about and facilitators.
    await expect(page.getByRole("button", { name: /^Remove note/ })).toHaveCount(0);

    const other = await viewerPage(browser, baseURL, bystander);
    await other.goto(subjectPage);
    await other.getByLabel("Your note").fill(kept);
    await other.getByRole("button", { name: "Leave note" }).click();
    await expect(other.getByText(kept)).toBeVisible();
    await expect(other.getByText(unwelcome)).toBeVisible();
    await expect(other.getByRole("button", { name: /^Remove note/ })).toHaveCount(0);

    // The subject removes the question from their own page, with the keyboard.
    const own = await viewerPage(browser, baseURL, subject);
    await own.goto(subjectPage);
    const notes = own.getByRole("region", { name: "Appreciations and questions" }).getByRole("listitem");
    await expect(notes).toHaveCount(2);
    await expect(own.getByRole("button", { name: "Remove note from Bo Bystander" })).toHaveCount(1);
    const remove = own.getByRole("button", { name: "Remove note from Fatima Author" });
    await remove.focus();
    await own.keyboard.press("Enter");
    await expect(own.getByText(unwelcome)).toHaveCount(0);
    await expect(notes).toHaveCount(1);
    await expect(own.getByText(kept)).toBeVisible();
    // The removed note took the focused button with it: focus goes to the notes' heading.
    await expect(own.getByRole("heading", { level: 2, name: "Appreciations and questions" })).toBeFocused();

    await other.reload();
    await expect(other.getByText(kept)).toBeVisible();
    await expect(other.getByText(unwelcome)).toHaveCount(0);
    await expect(other.getByText("it was removed")).toHaveCount(0);

    // The author sees that their note was removed, can read what they wrote, and can delete it entirely.
    await page.reload();
    const removed = page.getByRole("article").filter({ hasText: "You wrote a note here; it was removed." });
    await expect(removed).toContainText("Question");
    await expect(removed.getByText(unwelcome)).toBeHidden();
    await removed.getByText("What you wrote").click();
    await expect(removed.getByText(unwelcome)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("removed-note-author.png"), fullPage: true });
    await removed.getByRole("button", { name: "Delete note" }).click();
    await expect(page.getByText("You wrote a note here; it was removed.")).toHaveCount(0);
    expect(await db.note.count({ where: { partnershipId: partnership.id } })).toBe(1);
  });

  test("a facilitator removes a note about another member", async ({ page, browser, baseURL }) => {
    const [author, subject] = await Promise.all([makeUser({ name: "Fatima Author" }), makeUser({ name: "Sem Subject" })]);
    const partnership = await makePartnership({ members: [{ user: author }, { user: subject }] });
    const subjectMembership = await db.membership.findFirstOrThrow({ where: { partnershipId: partnership.id, userId: subject.id } });
    const subjectPage = `/partnerships/${partnership.id}/members/${subjectMembership.id}`;
    const mine = await viewerPage(browser, baseURL, author);
    await mine.goto(subjectPage);
    await mine.getByLabel("Your note").fill("Out of line remark");
    await mine.getByRole("button", { name: "Leave note" }).click();
    await expect(mine.getByText("Out of line remark")).toBeVisible();

    await signIn(page, partnership.facilitator);
    await page.goto(subjectPage);
    await expect(page.getByText("As a facilitator you can remove any note.")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("facilitator-remove.png"), fullPage: true });
    await page.getByRole("button", { name: "Remove note from Fatima Author" }).click();
    await expect(page.getByText("Out of line remark")).toHaveCount(0);
    await expect(page.getByText("No appreciations or questions yet.")).toBeVisible();

    const own = await viewerPage(browser, baseURL, subject);
    await own.goto(subjectPage);
    await expect(own.getByText("Out of line remark")).toHaveCount(0);
    await mine.reload();
    await expect(mine.getByText("You wrote a note here; it was removed.")).toBeVisible();
  });

  test("an empty note is refused next to the field", async ({ page, user }) => {
    const subject = await makeUser({ name: "Sem Subject" });
    const partnership = await makePartnership({ members: [{ user }, { user: subject }] });
    const subjectMembership = await db.membership.findFirstOrThrow({ where: { partnershipId: partnership.id, userId: subject.id } });
    await signIn(page, user);
    await page.goto(`/partnerships/${partnership.id}/members/${subjectMembership.id}`);
    await page.getByRole("button", { name: "Leave note" }).click();
    await expect(page.locator("#body-error")).toHaveText(/Please fill this in/);
    await expect(page.getByLabel("Your note")).toHaveAttribute("aria-invalid", "true");
  });
});
