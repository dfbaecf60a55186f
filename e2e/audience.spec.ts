import { randomUUID } from "node:crypto";
import { makePartnership, makeUser, setAnswers } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";
import { newVisitor } from "./visitor";

test.describe("who can read my answers", () => {
  test("a member is told on their next visit that a new facilitator can read their Facilitators answers, until they dismiss it", async ({
    page,
    browser,
    baseURL,
  }) => {
    const tag = randomUUID().slice(0, 6);
    const member = await makeUser({ name: `Anouk Answers ${tag}` });
    const newcomer = await makeUser({ name: `Noor Newreader ${tag}` });
    const { id, name, facilitator } = await makePartnership({ name: `Waterfront ${tag}`, members: [{ user: member }, { user: newcomer }] });
    await setAnswers(member.id, { fears: "Speaking to large groups", origin: "Zutphen" }, { fears: "FACILITATORS", origin: "PARTNERS" });

    // A facilitator makes another member facilitator on the Members page.
    await signIn(page, facilitator);
    await page.goto(`/partnerships/${id}/members`);
    const newcomerRow = page.getByRole("listitem").filter({ hasText: newcomer.name });
    await newcomerRow.getByRole("button", { name: /Make facilitator/ }).click();
    await expect(newcomerRow.getByRole("button", { name: /Remove facilitator role/ })).toBeVisible();
    // The facilitator has no Facilitators answers: nothing to tell them.
    await expect(page.getByRole("region", { name: "Who can read your answers changed" })).toHaveCount(0);

    // The member signs in and is told, above whatever page they open.
    const visit = await newVisitor(browser, baseURL);
    await signIn(visit, member);
    const notice = visit.getByRole("region", { name: "Who can read your answers changed" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`${newcomer.name} became a facilitator of ${name} on`);
    await expect(notice).toContainText("They can now read: Fears and inhibitions.");
    await expect(notice).not.toContainText("Origin and background");
    await expect(notice.getByRole("link", { name: "Review who sees your answers" })).toHaveAttribute("href", "/profile");
    await visit.screenshot({ path: test.info().outputPath("audience-notice.png"), fullPage: true });

    await notice.getByRole("button", { name: "Got it" }).click();
    await expect(notice).toHaveCount(0);
    await visit.goto(`/partnerships/${id}`);
    await expect(visit.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(visit.getByRole("region", { name: "Who can read your answers changed" })).toHaveCount(0);
    await visit.context().close();

    // Only the member was told: the new facilitator sees nothing.
    const reader = await newVisitor(browser, baseURL);
    await signIn(reader, newcomer);
    await expect(reader.getByRole("region", { name: "Who can read your answers changed" })).toHaveCount(0);
    await reader.context().close();
  });
});
