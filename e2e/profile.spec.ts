import { db } from "@/lib/db";
import { makePartnership, makeUser } from "@/lib/testing/factories";
import { expect, signIn, test } from "./fixtures";

const PROFILE = {
  "Origin and background": "Grew up on a dairy farm near Tiel.",
  "Knowledge and skills": "Hydrology and sensor networks.",
  Personality: "Calm and curious.",
  "Life experience": "Ten years in Bangladesh on delta plans.",
  "Fears and inhibitions": "Talking too technically.",
  "Irritations and frustrations": "Meetings without decisions.",
  "Values and norms": "Trust and care for the next generation.",
};
const MISSION = {
  "Personal mission": "A river region where people and water live together safely.",
  "What drives me": "My children.",
  "Where I want to use my talents": "Connecting engineers and residents.",
  "What I want to contribute to": "Water safety.",
};

test.describe("my profile", () => {
  test("a signed-out visitor is sent to sign in and comes back to the profile", async ({ page, user }) => {
    await page.goto("/profile");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprofile/);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole("heading", { level: 1, name: "My profile" })).toBeVisible();
  });

  test("profile and mission are filled in, saved and still there after a reload", async ({ signedInPage: page }) => {
    await page.getByRole("link", { name: "My profile" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My profile" })).toBeVisible();
    await expect(page.getByText("0 of 11 answers filled in")).toBeVisible();

    // The seed's sensitive answers start private, the rest shared.
    await expect(page.getByLabel("Fears and inhibitions visibility")).toHaveValue("ONLY_ME");
    await expect(page.getByLabel("Irritations and frustrations visibility")).toHaveValue("ONLY_ME");
    await expect(page.getByLabel("Origin and background visibility")).toHaveValue("PARTNERS");
    await expect(page.getByText("Visible to: only you")).toHaveCount(2);

    for (const [label, text] of Object.entries(PROFILE)) await page.getByLabel(label, { exact: true }).fill(text);
    await page.getByLabel("Skill tags").fill("Hydrology,  facilitation, hydrology ");
    await page.getByLabel("Value tags").fill("Trust, trust , Care");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Value tags")).toHaveValue("trust, care");

    for (const [label, text] of Object.entries(MISSION)) await page.getByLabel(label, { exact: true }).fill(text);
    await page.getByRole("button", { name: "Save mission" }).click();
    await expect(page.getByText("Saved", { exact: true })).toHaveCount(1);
    await expect(page.getByText("11 of 11 answers filled in")).toBeVisible();

    await page.reload();
    for (const [label, text] of Object.entries({ ...PROFILE, ...MISSION })) {
      await expect(page.getByLabel(label, { exact: true })).toHaveValue(text);
    }
    await expect(page.getByLabel("Skill tags")).toHaveValue("hydrology, facilitation");
    await expect(page.getByLabel("Value tags")).toHaveValue("trust, care");
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  });

  test("each answer says who will see it and offers a reflection prompt", async ({ signedInPage: page }) => {
    await page.goto("/profile");
    const personality = page.getByLabel("Personality visibility");
    // Who can read it now, as people: nobody yet, for someone in no partnership.
    await expect(personality).toHaveAccessibleDescription(
      "Visible to: all partners in your partnerships Nobody besides you can read it now: you are in no partnership with others yet.",
    );
    await personality.selectOption({ label: "Facilitators" });
    await expect(personality).toHaveAccessibleDescription("Visible to: you and the facilitators of your partnerships No facilitator besides you can read it now.");
    await personality.selectOption({ label: "Only me" });
    await expect(personality).toHaveAccessibleDescription("Visible to: only you");

    await expect(page.getByLabel("Fears and inhibitions", { exact: true })).toHaveAccessibleDescription(/fears and inhibitions of your own hold you back/);
    await expect(page.getByLabel("What drives me", { exact: true })).toHaveAccessibleDescription(/What drives you\?/);

    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Personality visibility")).toHaveValue("ONLY_ME");
  });

  test("an answer over 5,000 characters is refused next to the field and nothing typed is lost", async ({ signedInPage: page }) => {
    const long = "Lange levenservaring. ".repeat(230).slice(0, 5001);
    await page.goto("/profile");
    await page.getByLabel("Origin and background", { exact: true }).fill("Kept while the other field is too long.");
    const experience = page.getByLabel("Life experience", { exact: true });
    await experience.fill(long);
    await expect(page.getByText("1 character too many")).toBeVisible();
    await page.getByRole("button", { name: "Save profile" }).click();

    await expect(page.locator("#lifeExperience-error")).toHaveText(/5,000 characters at most/);
    await expect(experience).toHaveAttribute("aria-invalid", "true");
    await expect(experience).toHaveAttribute("aria-describedby", /lifeExperience-error/);
    await expect(experience).toHaveValue(long);
    await expect(experience).toBeFocused();
    await expect(page.getByLabel("Origin and background", { exact: true })).toHaveValue("Kept while the other field is too long.");
    await expect(page.getByText("Saved", { exact: true })).toHaveCount(0);

    await page.reload();
    await expect(page.getByLabel("Origin and background", { exact: true })).toHaveValue("");
  });

  test("a save from a tab with an older version is refused, showing both versions, until saved again", async ({ signedInPage: first, context }) => {
    await first.goto("/profile");
    const second = await context.newPage();
    await second.goto("/profile");

    await first.getByLabel("Origin and background", { exact: true }).fill("Written in the first tab");
    await first.getByRole("button", { name: "Save profile" }).click();
    await expect(first.getByText("Saved", { exact: true })).toBeVisible();

    const origin = second.getByLabel("Origin and background", { exact: true });
    await origin.fill("Written in the second tab");
    await second.getByLabel("Personality", { exact: true }).fill("Typed only in the second tab");
    await second.getByRole("button", { name: "Save profile" }).click();

    await expect(second.getByText(/changed in another tab or window/)).toBeVisible();
    await expect(origin).toHaveValue("Written in the second tab");
    await expect(second.getByLabel("Personality", { exact: true })).toHaveValue("Typed only in the second tab");
    const stored = second.getByText("Stored meanwhile in another tab or window").locator("..");
    await expect(stored).toHaveCount(2);
    await expect(stored.first()).toContainText("Written in the first tab");

    await first.reload();
    await expect(first.getByLabel("Origin and background", { exact: true })).toHaveValue("Written in the first tab");

    // Having compared them, the person keeps their own text by saving again.
    await second.getByRole("button", { name: "Save profile" }).click();
    await expect(second.getByText("Saved", { exact: true })).toBeVisible();
    await first.reload();
    await expect(first.getByLabel("Origin and background", { exact: true })).toHaveValue("Written in the second tab");
  });

  test("the stored version can be taken over with one click", async ({ signedInPage: first, context }) => {
    await first.goto("/profile");
    const second = await context.newPage();
    await second.goto("/profile");
    await first.getByLabel("What drives me", { exact: true }).fill("From the laptop");
    await first.getByRole("button", { name: "Save mission" }).click();
    await expect(first.getByText("Saved", { exact: true })).toBeVisible();

    await second.getByLabel("What drives me", { exact: true }).fill("From the phone");
    await second.getByRole("button", { name: "Save mission" }).click();
    await second.getByRole("button", { name: "Use this version" }).click();
    await expect(second.getByLabel("What drives me", { exact: true })).toHaveValue("From the laptop");
  });

  test("tags of fellow partners are offered as suggestions", async ({ page, user }) => {
    const partner = await makeUser();
    await makePartnership({ members: [{ user }, { user: partner }] });
    await db.profile.update({ where: { userId: partner.id }, data: { skillTags: ["systems thinking"], valueTags: ["reciprocity"] } });

    await signIn(page, user);
    await page.goto("/profile");
    await page.getByRole("button", { name: "Add value tag reciprocity" }).click();
    await expect(page.getByLabel("Value tags")).toHaveValue("reciprocity");
    await expect(page.getByRole("button", { name: "Add value tag reciprocity" })).toHaveCount(0);
    await page.getByLabel("Skill tags").fill("facilitation");
    await page.getByRole("button", { name: "Add skill tag systems thinking" }).click();
    await expect(page.getByLabel("Skill tags")).toHaveValue("facilitation, systems thinking");
  });
});
