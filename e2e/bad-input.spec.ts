import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { expect, signIn, test } from "./fixtures";
import { ACTIONS, PAGES, type Attempt } from "./support/access-table";
import { discoverEntryPoints, entryKey } from "./support/entry-points";
import { HttpSession, signInAll } from "./support/http-session";
import { messages } from "./support/messages";
import { callAction, serverActionIds, type FieldValue } from "./support/server-actions";
import { changes, fingerprint, makeWorld, type Role, type World } from "./support/world";
import { viewerPage } from "./viewers";

/*
 * Odd input at every door. Each server action gets its rightful call (from the access matrix's
 * table) with one field at a time spoilt in every way below; each page and route handler gets
 * the same in its path and query. Whatever comes in: no 5xx, a clear message when refused (never
 * the generic "something went wrong", which would mean the input reached a place that could not
 * handle it), nothing stored half-way, and stored text that shows as text.
 */

const errors = messages("errors");
const MEGABYTE = 1024 * 1024;
const SCRIPT = "<script>alert(1)</script>";
const BREAKOUT = '"><img src=x onerror=alert(1)>';
const SQL = `'; DROP TABLE "User"; --`;

type Spoiler = { name: string; value: FieldValue };

/** What each field of a form is replaced with, one field at a time. */
const SPOILERS: Spoiler[] = [
  { name: "empty", value: "" },
  { name: "huge (1 MB)", value: "x".repeat(MEGABYTE) },
  { name: "a list where one value is expected", value: ["first", "second"] },
  { name: "words where a number is expected", value: "twelve" },
  // Bytes that are not UTF-8: an encoded lone surrogate (ED A0 80) and a stray FF.
  { name: "malformed UTF-8", value: new Uint8Array([0x61, 0xed, 0xa0, 0x80, 0xff, 0x62]) },
  { name: "NUL and other control characters", value: "before\u0000\u0007\u202eafter" },
  { name: "script tag", value: SCRIPT },
  { name: "attribute breakout", value: BREAKOUT },
  { name: "SQL", value: SQL },
];

/** The argument list itself spoilt: something other than form data where form data is expected. */
const ODD_ARGUMENTS = ['[{"status":"idle"},{"partnershipId":"x"}]', '[{"status":"idle"},"text"]', "[]", '[{"status":"idle"},"$K1",{"extra":1}]'];

const entryPoints = discoverEntryPoints();
const actionIds = serverActionIds();

/** The call a rightful user makes, from the access matrix: who, and with what. */
function rightfulCall(key: string): { role: Role; fields: Attempt["fields"] } | null {
  const row = ACTIONS[key];
  if (!row) return null;
  for (const role of ["facilitator", "member", "stranger", "otherFacilitator", "signedOut"] as Role[]) {
    const attempt = row.attempts[role].find((candidate) => candidate.expect.kind === "ok" || candidate.expect.kind === "own");
    if (attempt) return { role, fields: attempt.fields };
  }
  return null;
}

test.describe("bad input to server actions", () => {
  for (const entry of entryPoints.filter((e) => e.kind === "action")) {
    const key = entryKey(entry);
    test(key, async ({ baseURL }) => {
      const row = ACTIONS[key];
      expect(row, `no row for ${key} in the access table`).toBeDefined();
      if (!row || entry.kind !== "action") return;
      const id = actionIds.get(`${entry.file}#${entry.name}`)!;
      const world = await makeWorld({ kickoff: row.kickoff });
      await row.setup?.(world);
      const sessions = await signInAll(baseURL!, world);
      const page = row.page(world);
      const rightful = rightfulCall(key);
      const role: Role = rightful?.role ?? "member";
      const base = rightful ? (typeof rightful.fields === "function" ? await rightful.fields(world) : rightful.fields) : {};
      let tried = 0;
      let stored = await fingerprint(world);

      const attempt = async (what: string, fields: Record<string, FieldValue>, args?: string) => {
        const reply = await callAction(sessions[role], { page, id, shape: row.shape, fields, args });
        tried++;
        expect(reply.status, `${what}: ${reply.text.slice(0, 200)}`).toBeLessThan(500);
        const now = await fingerprint(world);
        if (reply.state?.status === "error") {
          expect(reply.state.message, what).toBeTruthy();
          expect(reply.state.message, `${what} reached code that could not handle it`).not.toBe(errors("unexpected"));
          expect(changes(stored, now), `${what} stored something although refused`).toEqual([]);
        }
        stored = now;
      };

      for (const field of Object.keys(base)) {
        for (const spoiler of SPOILERS) await attempt(`${field} = ${spoiler.name}`, { ...base, [field]: spoiler.value });
      }
      // A field the form does not have, and the same field twice over.
      await attempt("an unknown field", { ...base, isAdmin: "true", role: "FACILITATOR" });
      for (const args of ODD_ARGUMENTS) await attempt(`arguments ${args}`, base, args);
      test.info().annotations.push({ type: "inputs", description: `${tried} requests` });
    });
  }

  test("a body too large or not decodable is refused before it reaches an action, never with 500", async ({ baseURL }) => {
    const world = await makeWorld();
    const facilitator = await HttpSession.signedIn(baseURL!, world.users.facilitator);
    const id = actionIds.get("app/partnerships/[id]/edit/actions.ts#addNeedAction")!;
    const page = `/partnerships/${world.p.id}/edit`;
    const before = await fingerprint(world);

    const tooLarge = await callAction(facilitator, { page, id, fields: { partnershipId: world.p.id, title: "x".repeat(3 * MEGABYTE) } });
    expect(tooLarge.status).toBe(413);
    for (const args of ["{not json", '[{"status":"idle"},"$K1"', "\u0000"]) {
      const reply = await callAction(facilitator, { page, id, fields: { partnershipId: world.p.id, title: "A need" }, args });
      expect(reply.status, args).toBe(400);
    }
    // Streamed without a declared length, the body is counted as it arrives.
    const streamed = await facilitator.request(page, {
      method: "POST",
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" },
      body: new Blob([`["${"x".repeat(3 * MEGABYTE)}"]`]).stream(),
    });
    expect(streamed.status).toBe(413);
    // A form sent without JavaScript (no Next-Action header) is held to the same limit.
    const form = new FormData();
    form.append(`$ACTION_ID_${actionIds.get("app/actions/locale.ts#chooseLanguage")}`, "");
    form.append("locale", "x".repeat(3 * MEGABYTE));
    expect((await facilitator.request("/", { method: "POST", body: form })).status).toBe(413);
    expect(changes(before, await fingerprint(world))).toEqual([]);
  });
});

test.describe("bad input to pages and route handlers", () => {
  const ODD = ["%00", "%ED%A0%80", "%FF", encodeURIComponent(SCRIPT), encodeURIComponent(BREAKOUT), encodeURIComponent(SQL), ".."];
  // Long, but within what proxies in front of the app pass on (nginx: 8 KB per request line).
  const PATH_VALUES = [...ODD, "x".repeat(7_000)];
  const QUERY_VALUES = [...ODD, "", "x".repeat(1_000)];

  for (const entry of entryPoints.filter((e) => e.kind === "page" || (e.kind === "route" && e.method === "GET"))) {
    const key = entryKey(entry);
    test(key, async ({ baseURL }) => {
      const row = PAGES[key];
      expect(row, `no row for ${key} in the access table`).toBeDefined();
      if (!row || entry.kind === "action") return;
      const world = await sharedWorld();
      const sessions = { signedOut: new HttpSession(baseURL!), facilitator: await HttpSession.signedIn(baseURL!, world.users.facilitator) };
      const path = row.path(world);
      const params = dynamicSegments(entry.route, path);
      let tried = 0;
      const attempt = async (url: string) => {
        for (const [role, session] of Object.entries(sessions)) {
          const reply = await session.get(url);
          tried++;
          expect(reply.status, `${role} → ${url.slice(0, 120)}`).toBeLessThan(500);
          expect(reply.text, `${role} → ${url.slice(0, 120)} echoes markup unescaped`).not.toMatch(/<script>alert\(1\)|<img src=x onerror/);
        }
      };
      // Each dynamic part of the path in turn.
      for (const [index] of params.entries()) {
        for (const value of PATH_VALUES) {
          const segments = path.split("/");
          segments[params[index]!] = value;
          await attempt(segments.join("/"));
        }
      }
      // The query: names the pages read, and one they do not; given once, twice, or oddly.
      for (const value of QUERY_VALUES) {
        await attempt(`${path}?callbackUrl=${value}&organisation=${value}&need=${value}&role=${value}&x=${value}`);
        await attempt(`${path}?organisation=a&organisation=${value}&need[]=${value}`);
      }
      test.info().annotations.push({ type: "inputs", description: `${tried} requests` });
    });
  }

  test("POST /api/auth/[...nextauth]: odd sign-in input gets no session and no 500", async ({ baseURL }) => {
    const world = await sharedWorld();
    const values = ["", "x".repeat(MEGABYTE), SCRIPT, SQL, "a\u0000b", "\ud800", `${world.users.facilitator.email}\u0000`];
    for (const email of [...values, world.users.facilitator.email]) {
      for (const password of values) {
        const session = new HttpSession(baseURL!);
        const { csrfToken } = JSON.parse((await session.get("/api/auth/csrf")).text) as { csrfToken: string };
        const reply = await session.request("/api/auth/callback/credentials", {
          method: "POST",
          body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
        });
        expect(reply.status, `${email.slice(0, 40)} / ${password.slice(0, 40)}`).toBeLessThan(500);
        expect(session.signedInAs).toBe(false);
      }
    }
    // A callback URL that is not one, in the query, the body or next-auth's cookie.
    for (const odd of ["javascript:alert(1)", "%00", "\u0000", "::", SCRIPT]) {
      const session = new HttpSession(baseURL!);
      expect((await session.get(`/api/auth/session?callbackUrl=${encodeURIComponent(odd)}`)).status, odd).toBeLessThan(500);
      expect((await session.get("/api/auth/session", { cookies: { "next-auth.callback-url": encodeURIComponent(odd) } })).status, odd).toBe(200);
      const { csrfToken } = JSON.parse((await session.get("/api/auth/csrf")).text) as { csrfToken: string };
      const body = new URLSearchParams({ csrfToken, email: world.users.member.email, password: world.users.member.password, callbackUrl: odd, json: "true" });
      expect((await session.request("/api/auth/callback/credentials", { method: "POST", body })).status, odd).toBeLessThan(500);
      expect(session.signedInAs, `the member signs in whatever the callback URL (${odd})`).toBe(true);
    }
    // Fields given twice arrive as the form's first value.
    const session = new HttpSession(baseURL!);
    const { csrfToken } = JSON.parse((await session.get("/api/auth/csrf")).text) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, json: "true" });
    body.append("email", world.users.facilitator.email);
    body.append("email", "other@example.org");
    body.append("password", "wrong password here");
    body.append("password", "another wrong one");
    expect((await session.request("/api/auth/callback/credentials", { method: "POST", body })).status).toBeLessThan(500);
    expect(session.signedInAs).toBe(false);
  });
});

let worldForReads: Promise<World> | undefined;
/** One world per worker for requests that change nothing. */
function sharedWorld() {
  return (worldForReads ??= makeWorld({ kickoff: true }));
}

/** Indexes of the path's segments that fill a route's [param]s. */
function dynamicSegments(route: string, path: string): number[] {
  const routeSegments = route.split("/");
  const pathSegments = path.split("?")[0]!.split("/");
  if (routeSegments.some((segment) => segment.startsWith("[..."))) return [];
  return routeSegments.flatMap((segment, index) => (segment.startsWith("[") && index < pathSegments.length ? [index] : []));
}

test.describe("stored text shows as text", () => {
  test("markup and SQL typed into every field are shown as typed, on every page that shows them", async ({ browser, baseURL }) => {
    test.slow();
    const world = await makeWorld({ kickoff: true });
    const tag = randomUUID().slice(0, 6);
    const payload = (where: string) => `${where} ${tag} ${SCRIPT} ${BREAKOUT} ${SQL}`;
    await storePayloads(world, payload);

    const facilitator = await viewerPage(browser, baseURL, world.users.facilitator);
    const member = await viewerPage(browser, baseURL, world.users.member);
    const dialogs: string[] = [];
    for (const page of [facilitator, member]) page.on("dialog", async (dialog) => (dialogs.push(dialog.message()), await dialog.dismiss()));

    const p = `/partnerships/${world.p.id}`;
    const visits: [typeof facilitator, string, string[]][] = [
      [member, "/", ["partnership name"]],
      [member, p, ["partnership name", "common goal", "need title", "facilitator's mission", "unique role"]],
      [member, `${p}/members`, ["organisation"]],
      [member, `${p}/members/${world.p.memberships.facilitator}`, ["facilitator's mission", "origin", "note"]],
      [member, `${p}/role`, ["common goal", "need title"]],
      [member, `${p}/kickoff`, ["agreement", "step title"]],
      [member, `${p}/kickoff/present`, ["step title"]],
      [member, `${p}/sessions`, ["session title", "agreement"]],
      [member, `${p}/steps`, ["own step title", "own step question", "default step question"]],
      [facilitator, `${p}/edit`, ["partnership name", "need title"]],
      [facilitator, `${p}/report`, ["partnership name", "agreement"]],
      [facilitator, `${p}/members/${world.p.memberships.member}`, ["unique role", "contribution note", "note"]],
    ];
    for (const [page, path, wheres] of visits) {
      await page.goto(path);
      for (const where of wheres) {
        await expect(page.getByText(payload(where), { exact: false }).first(), `${path} shows the ${where} as text`).toBeVisible();
      }
      await expect(page.locator('img[src="x"]'), `${path} made an image of the payload`).toHaveCount(0);
      // The payload may travel inside Next's own data scripts, as a string; never as a script of its own.
      expect(await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => s.textContent?.trim() === "alert(1)").length), path).toBe(0);
    }
    // Form fields hold the payload as their value, not as markup.
    await facilitator.goto(`${p}/edit`);
    await expect(facilitator.getByLabel("Name")).toHaveValue(payload("partnership name"));
    await facilitator.goto("/profile");
    await expect(facilitator.getByLabel("Origin and background", { exact: true })).toHaveValue(payload("origin"));
    await expect(facilitator.getByLabel("Personal mission", { exact: true })).toHaveValue(payload("facilitator's mission"));
    const invite = await viewerPage(browser, baseURL);
    invite.on("dialog", async (dialog) => (dialogs.push(dialog.message()), await dialog.dismiss()));
    await invite.goto(`/invite/${world.p.token}`);
    await expect(invite.getByRole("heading", { level: 1, name: payload("partnership name") })).toBeVisible();
    expect(dialogs, "a payload ran as script").toEqual([]);
    for (const page of [facilitator, member, invite]) await page.context().close();
  });
});

/** The payload in every text a member or facilitator can store, through the domain as the forms do. */
async function storePayloads(world: World, payload: (where: string) => string) {
  const { updatePartnership } = await import("@/lib/partnerships/update-partnership");
  const { addNeed } = await import("@/lib/partnerships/add-need");
  const { addAgreement } = await import("@/lib/agreements/add-agreement");
  const { saveMyRole } = await import("@/lib/memberships/save-my-role");
  const { addNote } = await import("@/lib/notes/add-note");
  const { editKickoffStep } = await import("@/lib/kickoff/edit-kickoff-step");
  const { setAnswers } = await import("@/lib/testing/factories");
  const { facilitator, member } = world.users;
  const partnership = await db.partnership.findUniqueOrThrow({ where: { id: world.p.id } });
  await updatePartnership(facilitator.id, {
    partnershipId: world.p.id,
    version: partnership.version,
    name: payload("partnership name"),
    commonGoal: payload("common goal"),
    desiredImpact: payload("desired impact"),
    description: payload("description"),
  });
  const need = await addNeed(facilitator.id, world.p.id, { title: payload("need title"), description: payload("need description") });
  await addAgreement(facilitator.id, world.p.id, payload("agreement"));
  const { planSession } = await import("@/lib/partnership-sessions/plan-session");
  await planSession(facilitator.id, world.p.id, { title: payload("session title"), scheduledAt: new Date(Date.now() + 86_400_000), steps: ["WHO_AM_I"] });
  const { addOwnStep } = await import("@/lib/own-steps/add-own-step");
  const { setDefaultStepQuestions } = await import("@/lib/own-steps/set-default-step-questions");
  await addOwnStep(facilitator.id, world.p.id, { title: payload("own step title"), questions: [payload("own step question")], durationMinutes: 10 });
  await setDefaultStepQuestions(facilitator.id, world.p.id, "EXPLORING", [payload("default step question")]);
  await saveMyRole(member.id, {
    partnershipId: world.p.id,
    organisation: payload("organisation"),
    uniqueRole: payload("unique role"),
    missionRelation: payload("mission relation"),
    alignment: 3,
    contributions: [{ needId: need.id, note: payload("contribution note") }],
  });
  await addNote(member.id, { partnershipId: world.p.id, subjectId: world.p.memberships.facilitator, kind: "APPRECIATION", body: payload("note") });
  await addNote(facilitator.id, { partnershipId: world.p.id, subjectId: world.p.memberships.member, kind: "QUESTION", body: payload("note") });
  await editKickoffStep(facilitator.id, world.p.id, { partnershipId: world.p.id, stepId: world.p.stepIds[0]!, title: payload("step title"), durationMinutes: 20, skipped: false });
  await setAnswers(facilitator.id, { origin: payload("origin"), statement: payload("facilitator's mission") }, { origin: "PARTNERS", statement: "PARTNERS" });
}

test.describe("forms with far too much text", () => {
  test("a 1 MB answer gets the length message next to its field; 3 MB is stopped before sending; typed text stays", async ({ signedInPage: page }) => {
    const posts: number[] = [];
    page.on("response", (response) => {
      if (response.request().method() === "POST") posts.push(response.status());
    });
    await page.goto("/profile");
    const experience = page.getByLabel("Life experience", { exact: true });
    await experience.fill("x".repeat(MEGABYTE));
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.locator("#lifeExperience-error")).toHaveText(/Keep this to 5,000 characters at most/);
    expect(posts.every((status) => status < 500), `statuses ${posts}`).toBe(true);
    expect(posts.length).toBeGreaterThan(0);

    const sent = posts.length;
    await experience.fill("y".repeat(3 * MEGABYTE));
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.locator("#lifeExperience-error")).toHaveText(/Far too long to send\. Shorten this text\./);
    await expect(page.getByText("This is too much text to send at once.")).toBeVisible();
    expect(posts.length, "nothing was sent").toBe(sent);
    expect(await experience.inputValue()).toHaveLength(3 * MEGABYTE);
    await page.reload();
    await expect(experience).toHaveValue("");
  });

  test("a 1 MB partnership name is refused next to the field, no 500", async ({ signedInPage: page }) => {
    const posts: number[] = [];
    page.on("response", (response) => {
      if (response.request().method() === "POST") posts.push(response.status());
    });
    await page.goto("/partnerships/new");
    await page.getByLabel("Name").fill("n".repeat(MEGABYTE));
    await page.getByLabel("Common goal").fill("A goal");
    await page.getByLabel("Desired impact").fill("An impact");
    await page.getByRole("button", { name: "Create partnership" }).click();
    await expect(page.locator("#name-error")).toHaveText(/Keep this to 200 characters at most/);
    await expect(page.getByLabel("Common goal")).toHaveValue("A goal");
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((status) => status < 500), `statuses ${posts}`).toBe(true);
  });

  test("a request that fails on the way says so and keeps what was typed", async ({ signedInPage: page }) => {
    await page.goto("/partnerships/new");
    await page.route("**/partnerships/new", (route) => (route.request().method() === "POST" ? route.abort("connectionreset") : route.continue()));
    await page.getByLabel("Name").fill("Kept name");
    await page.getByLabel("Common goal").fill("Kept goal");
    await page.getByLabel("Desired impact").fill("Kept impact");
    await page.getByRole("button", { name: "Create partnership" }).click();
    await expect(page.getByText("Your input could not be sent. It is kept here; please try again.")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Kept name");
    await expect(page.getByLabel("Common goal")).toHaveValue("Kept goal");
    await page.unroute("**/partnerships/new");
    await page.getByRole("button", { name: "Create partnership" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kept name" })).toBeVisible();
  });

  test("sign-up with a 1 MB name and malformed input gets messages next to the fields", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("n".repeat(MEGABYTE));
    await page.getByLabel("Email").fill(`${SCRIPT}@example.org`);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#name-error")).toHaveText(/Keep this to 120 characters at most/);
    await expect(page.locator("#email-error")).toHaveText(/Enter an email address/);
    await expect(page.locator("#password-error")).toHaveText(/at least 10 characters/);
  });
});

test("signing in with a name that holds markup shows it as text in the header and on the home page", async ({ page }) => {
  const { makeUser } = await import("@/lib/testing/factories");
  const user = await makeUser({ name: `${SCRIPT}${BREAKOUT}` });
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => (dialogs.push(dialog.message()), await dialog.dismiss()));
  await signIn(page, user);
  await page.goto("/");
  await expect(page.getByText(SCRIPT).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
