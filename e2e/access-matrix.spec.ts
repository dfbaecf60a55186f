import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import {
  ACTIONS,
  CROSS_TENANT_PAGES,
  GONE,
  notFound,
  ok,
  OUTSIDERS,
  PAGES,
  ROLES,
  type ActionOutcome,
  type ActionRow,
  type PageOutcome,
  type PageRow,
} from "./support/access-table";
import { discoverEntryPoints, entryKey, inlineServerFunctions, type EntryPoint } from "./support/entry-points";
import { HttpSession, signInAll, type Reply } from "./support/http-session";
import { messages } from "./support/messages";
import { callAction, serverActionIds, type ActionReply } from "./support/server-actions";
import { changes, fingerprint, makeWorld, type Role, type World } from "./support/world";

const partnerships = messages("partnerships");

/*
 * Who may reach what. Every entry point of the app (read from the file system: pages, route
 * handlers, exported server actions) is tried by every role: signed out, signed in but in no
 * partnership, a plain member of partnership P, the facilitator of another partnership Q, and
 * P's facilitator. Pages and route handlers are requested as HTML and as an RSC payload; server
 * actions are called over HTTP the way a script would, with the role's cookies and hand-made
 * arguments. A refusal must say so (sign in, not found, 401/403, a refusal message), carry none
 * of P's text, and leave the database as it was. The rightful role's success is checked too, so
 * that a test that can no longer tell yes from no fails.
 */

// ── the matrix ──────────────────────────────────────────────────────────────────────────────

const entryPoints = discoverEntryPoints();
const MATRIX: Record<string, PageRow | ActionRow> = { ...PAGES, ...ACTIONS };

test.describe("access matrix", () => {
  test("every entry point on disk has a row in the matrix, and every row an entry point", () => {
    const keys = entryPoints.map(entryKey);
    expect(keys.filter((key) => !(key in MATRIX)), "entry points without expectations").toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !keys.includes(key)), "rows for entry points that no longer exist").toEqual([]);
    expect(inlineServerFunctions(), "server functions declared inside other files").toEqual([]);
    const ids = serverActionIds();
    const actions = entryPoints.filter((entry) => entry.kind === "action");
    expect(actions.filter((entry) => !ids.has(`${entry.file}#${entry.name}`)).map(entryKey), "actions missing from the build").toEqual([]);
    const cells = entryPoints.length * ROLES.length;
    const extra = Object.values(ACTIONS).reduce((sum, row) => sum + (row.crossTenant ? 1 : 0) + Object.values(row.attempts).flat().length - ROLES.length, 0);
    test.info().annotations.push({
      type: "matrix",
      description: `${entryPoints.length} entry points (${entryPoints.filter((e) => e.kind === "page").length} pages, ${entryPoints.filter((e) => e.kind === "route").length} route handler methods, ${actions.length} server actions) × ${ROLES.length} roles = ${cells} cells, plus ${extra} further attempts`,
    });
    console.log(test.info().annotations.at(-1)?.description);
  });

  test.describe("pages and route handlers", () => {
    // One world for all read-only requests of this worker, made by the first test that needs it.
    let shared: Promise<{ world: World; sessions: Record<Role, HttpSession> }> | undefined;
    const sharedWorld = (baseURL: string) =>
      (shared ??= makeWorld({ kickoff: true }).then(async (world) => ({ world, sessions: await signInAll(baseURL, world) })));

    for (const entry of entryPoints.filter((e) => e.kind !== "action")) {
      const key = entryKey(entry);
      const row = PAGES[key];
      test(key, async ({ baseURL }) => {
        expect(row, `no expectations for ${key}`).toBeDefined();
        if (!row) return;
        const { world, sessions } = await sharedWorld(baseURL!);
        if (key === "POST /api/auth/[...nextauth]") return checkSignInEndpoint(baseURL!, world);
        for (const role of ROLES) await checkPage(sessions[role], role, row.path(world), row.expect[role], world, entry);
        if (key === "page /invite/[token]") {
          // A made-up token shows nothing of any partnership.
          const forged = `/invite/${randomBytes(32).toString("base64url")}`;
          for (const role of OUTSIDERS) await checkPage(sessions[role], role, forged, ok(() => ["not valid"]), world, entry);
        }
        if (key === "page /partnerships/[id]/members/[membershipId]") {
          for (const path of CROSS_TENANT_PAGES(world)) await checkPage(sessions.otherFacilitator, "otherFacilitator", path, notFound, world, entry);
        }
      });
    }
  });

  test.describe("server actions", () => {
    const ids = serverActionIds();
    for (const entry of entryPoints.filter((e): e is Extract<EntryPoint, { kind: "action" }> => e.kind === "action")) {
      const key = entryKey(entry);
      const row = ACTIONS[key];
      test(key, async ({ baseURL }) => {
        expect(row, `no expectations for ${key}`).toBeDefined();
        if (!row) return;
        const id = ids.get(`${entry.file}#${entry.name}`)!;
        const world = await makeWorld({ kickoff: row.kickoff });
        await row.setup?.(world);
        const sessions = await signInAll(baseURL!, world);
        const page = row.page(world);

        if (row.crossTenant) {
          const before = await fingerprint(world);
          const reply = await callAction(sessions.otherFacilitator, { page, id, shape: row.shape, fields: row.crossTenant(world) });
          expectRefusal(reply, GONE, "otherFacilitator acting in Q on P's records", world);
          expect(changes(before, await fingerprint(world)), "P and Q unchanged after a cross-partnership attempt").toEqual([]);
        }

        let rightfulSucceeded = false;
        for (const role of ROLES) {
          for (const attempt of row.attempts[role]) {
            const fields = typeof attempt.fields === "function" ? await attempt.fields(world) : attempt.fields;
            // Someone acting for themselves may touch their own partnerships; P must stay as it was.
            const victimOnly = attempt.expect.kind === "own";
            const before = await fingerprint(world, { victimOnly });
            const reply = await callAction(sessions[role], { page, id, shape: row.shape, fields });
            const what = `${role} calling ${entry.name} with ${JSON.stringify(fields).slice(0, 200)}`;
            expect(reply.status, `${what}: ${reply.text.slice(0, 300)}`).toBeLessThan(500);
            const changed = changes(before, await fingerprint(world, { victimOnly }));
            if (attempt.expect.kind === "ok") {
              expect(reply.state?.status, `${what}: ${reply.state?.message}`).not.toBe("error");
              expect(changed, `${what} changed nothing`).not.toEqual([]);
              const to = attempt.expect.redirect?.(world);
              if (to) expect(reply.redirect?.replace(/;(push|replace)$/, ""), what).toBe(to);
              rightfulSucceeded = true;
            } else if (attempt.expect.kind === "own") {
              expect(reply.state?.status, `${what}: ${reply.state?.message}`).not.toBe("error");
              expect(changed, `${what} changed P or its people`).toEqual([]);
            } else {
              expectRefusal(reply, attempt.expect, what, world, page);
              expect(changed, `${what} changed the database`).toEqual([]);
            }
            // Joining with an open link makes an outsider a member; every other outsider's reply holds nothing of P.
            if (OUTSIDERS.includes(role) && attempt.expect.kind !== "ok") expectNoneOf(reply.text, world.protectedText, what);
            expectNoneOf(reply.text, secretsHiddenFrom(role, world), what);
          }
        }
        if (row.done) expect(await row.done(world, sessions), "the rightful call did its work").toBe(true);
        else expect(rightfulSucceeded, "some role's rightful call succeeded").toBe(true);
      });
    }
  });
});

// ── checks ──────────────────────────────────────────────────────────────────────────────────

function secretsHiddenFrom(role: Role, world: World) {
  return Object.entries(world.secrets)
    .filter(([owner]) => owner !== role)
    .map(([, secret]) => secret);
}

function expectNoneOf(text: string, forbidden: string[], what: string) {
  for (const marker of forbidden) expect(text.includes(marker), `${what} leaked "${marker}"`).toBe(false);
}

async function checkPage(session: HttpSession, role: Role, path: string, outcome: PageOutcome, world: World, entry: EntryPoint) {
  const variants = entry.kind === "page" ? [false, true] : [false];
  for (const rsc of variants) {
    const reply: Reply = await session.get(path, { rsc });
    const what = `${role} → ${rsc ? "RSC " : ""}${path}`;
    expect(reply.status, what).toBeLessThan(500);
    const shown: string[] = [];
    switch (outcome.kind) {
      case "ok": {
        expect(reply.status, what).toBe(200);
        if (rsc) expect(reply.text, what).not.toMatch(/NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK/);
        for (const text of outcome.shows?.(world, role) ?? []) {
          expect(reply.text, `${what} shows "${text}"`).toContain(text);
          shown.push(text);
        }
        break;
      }
      case "signIn": {
        const target = `/sign-in?callbackUrl=${encodeURIComponent(path)}`;
        if (rsc) expect(reply.text, what).toContain(`NEXT_REDIRECT;replace;${target};307`);
        else expect([reply.status, reply.location], what).toEqual([307, target]);
        break;
      }
      case "redirect": {
        const target = outcome.to(world);
        if (rsc) expect(reply.text, what).toContain(`NEXT_REDIRECT;replace;${target};307`);
        else expect([reply.status, reply.location], what).toEqual([307, target]);
        break;
      }
      case "notFound": {
        if (rsc) expect(reply.text, what).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
        else expect(reply.status, what).toBe(404);
        expect(reply.text, what).toContain("Page not found");
        break;
      }
      case "facilitatorsOnly": {
        expect(reply.status, what).toBe(200);
        expect(reply.text, what).toContain(partnerships("facilitatorsOnlyTitle"));
        expectNoneOf(reply.text, ["Create invite link", "Save changes", "Add need"], what);
        break;
      }
      case "status": {
        expect(reply.status, what).toBe(outcome.status);
        break;
      }
    }
    if (OUTSIDERS.includes(role)) expectNoneOf(reply.text, world.protectedText.filter((text) => !shown.includes(text)), what);
    expectNoneOf(reply.text, secretsHiddenFrom(role, world), what);
  }
}

function expectRefusal(reply: ActionReply, outcome: ActionOutcome, what: string, world: World, page?: string) {
  expect(reply.state?.status, `${what} succeeded`).not.toBe("success");
  switch (outcome.kind) {
    case "signIn":
      expect(reply.redirect, what).toBe(`/sign-in?callbackUrl=${encodeURIComponent(page ?? "")};push`);
      break;
    case "notFound":
      expect(reply.status, what).toBe(404);
      expect(reply.text, what).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
      break;
    case "message":
      expect(reply.state, what).toMatchObject({ status: "error", message: outcome.message });
      break;
    case "redirect":
      expect(reply.redirect?.replace(/;(push|replace)$/, ""), what).toBe(outcome.to(world));
      break;
    default:
      throw new Error(`${outcome.kind} is not a refusal`);
  }
}

/** POST /api/auth/*: signing in as someone of P with a wrong password gets no session, whoever tries. */
async function checkSignInEndpoint(baseURL: string, world: World) {
  for (const role of ROLES) {
    const session = role === "signedOut" ? new HttpSession(baseURL) : await HttpSession.signedIn(baseURL, world.users[role]);
    const target = role === "facilitator" ? world.users.member : world.users.facilitator;
    const { csrfToken } = JSON.parse((await session.get("/api/auth/csrf")).text) as { csrfToken: string };
    const form = new URLSearchParams({ csrfToken, email: target.email, password: "not the password", json: "true" });
    const reply = await session.request("/api/auth/callback/credentials", { method: "POST", body: form });
    expect(reply.status, role).toBeLessThan(500);
    const me = JSON.parse((await session.get("/api/auth/session")).text) as { user?: { email?: string } };
    expect(me.user?.email, `${role} signed in as ${target.name} without the password`).not.toBe(target.email);
    expectNoneOf(reply.text, [...world.protectedText, ...Object.values(world.secrets)], role);
  }
  // The rightful owner of the account gets in.
  const owner = await HttpSession.signedIn(baseURL, world.users.facilitator);
  expect(owner.signedInAs).toBe(true);
}
