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
