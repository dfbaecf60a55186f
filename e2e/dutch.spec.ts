import { db } from "@/lib/db";
import { TIME_ZONE } from "@/lib/i18n/config";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { makePartnership, makeUser, membershipId, setAnswers, setRole, uniqueEmail } from "@/lib/testing/factories";
import { addNote } from "@/lib/testing/role-factories";
import { expect, test } from "./fixtures";

// A Dutch-speaking partner's first visit, in a browser that prefers Dutch: signing up, filling in
// the profile and reading the collaboration view, with Dutch texts, dates and numbers.

test.use({ locale: "nl-NL" });

const PASSWORD = "een lang genoeg wachtwoord";
const dutchDate = (date: Date) => new Intl.DateTimeFormat("nl", { dateStyle: "medium", timeZone: TIME_ZONE }).format(date);
const dutchDateTime = (date: Date) => new Intl.DateTimeFormat("nl", { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }).format(date);

test("a Dutch partner signs up, fills in their profile and reads the collaboration view in Dutch", async ({ page }) => {
  test.slow();
  const email = uniqueEmail("sanne");

  // Sign up.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Wie ben je, wat wil je/);
  await page.getByRole("main").getByRole("link", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maak je account aan" })).toBeVisible();
  await expect(page).toHaveTitle("Maak je account aan · Samenspel");
  await page.getByLabel("Naam").fill("Sanne de Boer");
  await page.getByLabel("E-mailadres").fill("sanne-at-example");
  await page.getByLabel("Wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.locator("#email-error")).toHaveText(/Vul een e-mailadres in, zoals naam@voorbeeld\.nl\./);
  await expect(page.locator("#password-error")).toHaveText(/Gebruik minstens 10 tekens\./);
  await expect(page.getByText("Een paar velden vragen nog je aandacht.")).toBeVisible();

  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn samenwerkingen" })).toBeVisible();
  await expect(page.getByText("Welkom, Sanne de Boer.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nieuwe samenwerking" })).toBeVisible();

  // Profile: labels, counters and the completeness in Dutch, saved.
  await page.getByRole("link", { name: "Mijn profiel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn profiel" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Wie ben ik" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Wat wil ik" })).toBeVisible();
  await expect(page.getByText("0 van 11 antwoorden ingevuld")).toBeVisible();
  await expect(page.locator("#origin-count")).toHaveText("nog 5.000 tekens");
  await expect(page.getByLabel("Angsten en remmingen Zichtbaarheid")).toHaveValue("ONLY_ME");
  await expect(page.getByText("Zichtbaar voor: alleen jou")).toHaveCount(2);

  await page.getByLabel("Afkomst en achtergrond", { exact: true }).fill("Opgegroeid in Culemborg, aan de Lek.");
  await expect(page.locator("#origin-count")).toHaveText("nog 4.964 tekens");
  await page.getByLabel("Waarden en normen", { exact: true }).fill("Vertrouwen en zorg voor de volgende generatie.");
  await page.getByLabel("Trefwoorden voor waarden").fill("vertrouwen, zorg");
  await page.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(page.locator("section#profile").getByText("Opgeslagen", { exact: true })).toBeVisible();
  await page.getByLabel("Persoonlijke missie", { exact: true }).fill("Een rivierengebied waar mens en water veilig samenleven.");
  await page.getByRole("button", { name: "Missie opslaan" }).click();
  await expect(page.locator("section#mission").getByText("Opgeslagen", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText("3 van 11 antwoorden ingevuld")).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "27% · 3 van 11 antwoorden ingevuld");

  // The collaboration view of a partnership Sanne facilitates.
  const sanne = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true } });
  const bram = await makeUser({ name: "Bram Jansen" });
  const partnership = await makePartnership({
    name: "Klimaatpact Rivierenland",
    facilitator: { ...sanne, password: PASSWORD },
    needs: ["Financiering", "Gegevens over waterstanden", "Politiek draagvlak"],
    members: [{ user: bram, organisation: "Waterschap Rivierenland" }],
  });
  await setAnswers(bram.id, { statement: "Droge voeten voor iedereen" }, {}, { valueTags: ["vertrouwen"] });
  const [funding, data] = partnership.needs;
  await setRole(await membershipId(sanne.id, partnership.id), { uniqueRole: "Verbinden", alignment: 4, needIds: [funding!.id, data!.id] });
  await setRole(await membershipId(bram.id, partnership.id), { alignment: 3, needIds: [funding!.id] });

  await page.goto(`/partnerships/${partnership.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Klimaatpact Rivierenland" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Onderdelen van de samenwerking" }).getByRole("link", { name: "Samenwerkingsoverzicht" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("region", { name: "Gemeenschappelijke doelstelling" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Kick-off starten" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Leden en hun missies" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^1–2 van 2 leden$/ })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Leden zoeken" })).toBeVisible();

  const card = page.getByRole("article", { name: "Sanne de Boer" });
  await expect(card).toContainText("Jij");
  await expect(card).toContainText("Facilitator");
  await expect(card).toContainText("Een rivierengebied waar mens en water veilig samenleven.");
  await expect(card).toContainText("Aansluiting bij het doel");
  await expect(card).toContainText("4 van 5");
  const shared = page.getByRole("region", { name: "Raakvlakken" });
  await expect(shared.getByRole("listitem").filter({ hasText: "vertrouwen" }).first()).toContainText("×2");

  await page.getByRole("link", { name: "Behoeften en bijdragen" }).click();
  const matrix = page.getByRole("table", { name: "Behoeften en bijdragen" });
  await expect(matrix.getByRole("row", { name: /Politiek draagvlak/ })).toContainText("Nog niemand");
  await expect(matrix.getByRole("row", { name: /Gegevens over waterstanden/ })).toContainText("Rust op één persoon");
  await expect(matrix.getByRole("row", { name: /Financiering/ })).toContainText("2 bijdragers");
  await page.getByRole("link", { name: "Terug naar het overzicht" }).click();
  await page.getByRole("link", { name: "Kaart van de missies rond het doel" }).click();
  await expect(page.getByRole("img", { name: /Kaart van 2 leden rond de gemeenschappelijke doelstelling/ })).toBeVisible();
  await page.getByRole("link", { name: "Terug naar het overzicht" }).click();
  await page.getByRole("link", { name: "Hand-out afdrukken" }).click();
  const full = page.getByRole("article", { name: "Sanne de Boer" });
  await expect(full).toContainText("Profiel voor 27% ingevuld");
  await expect(full).toContainText("Draagt bij aan 2 behoeften");

  // Dates in Dutch: when members joined, when invite links were made and expire, when a note was left.
  await page.getByRole("link", { name: "Leden", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leden" })).toBeVisible();
  const joined = await db.membership.findFirstOrThrow({ where: { userId: bram.id, partnershipId: partnership.id }, select: { joinedAt: true, id: true } });
  await expect(page.getByRole("listitem").filter({ hasText: "Bram Jansen" })).toContainText(`Lid sinds ${dutchDate(joined.joinedAt)}`);
  expect(dutchDate(joined.joinedAt)).toMatch(/^\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? \d{4}$/);

  await createInvitation(sanne.id, partnership.id, { maxUses: 1_000, expiresInDays: 14 });
  const invitation = await db.invitation.findFirstOrThrow({ where: { partnershipId: partnership.id }, select: { createdAt: true, expiresAt: true } });
  await page.getByRole("link", { name: "Samenwerking bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samenwerking bewerken" })).toBeVisible();
  await expect(page.getByText("(1 tot en met 1.000)")).toBeVisible();
  await expect(page.getByText(`Gemaakt op ${dutchDateTime(invitation.createdAt)}`)).toBeVisible();
  await expect(page.getByText(`Verloopt op ${dutchDateTime(invitation.expiresAt)}`)).toContainText("0 van 1.000 keer gebruikt");

  await addNote(partnership.id, bram.id, sanne.id, "Dank voor je rust in het overleg.");
  const note = await db.note.findFirstOrThrow({ where: { partnershipId: partnership.id }, select: { createdAt: true } });
  await page.goto(`/partnerships/${partnership.id}/members/${await membershipId(sanne.id, partnership.id)}`);
  await expect(page.getByRole("heading", { level: 2, name: "Waardering en vragen" })).toBeVisible();
  await expect(page.getByText(`Bram Jansen, ${dutchDate(note.createdAt)}`)).toBeVisible();
  await expect(page.getByText("27% van het profiel en de missie die jij kunt zien is ingevuld")).toBeVisible();
});
