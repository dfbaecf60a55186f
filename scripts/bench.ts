/**
 * `npm run bench`: seeds partnerships of 10, 50 and 200 members (12 needs, full profiles) into a
 * scratch database, starts the production server and loads it with autocannon (20 connections),
 * each page first loaded as long again unmeasured (warm-up), then prints a table: requests/s, the
 * share of the empty signed-in page's requests/s with the target it should reach, p50/p95/p99
 * latency and SQL queries per render, and the 200-member view's weight.
 *
 * Scratch database: a new database on BENCH_DATABASE_URL's (or DATABASE_URL's) server, dropped
 * afterwards; without either, an embedded PostgreSQL in memory. Options: --duration=<s> per
 * scenario (default 10), --connections=<n> (20), --no-build (reuse .next), --keep (keep the scratch
 * database and print how to reach it, e.g. to profile the server by hand).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { applyMigrations } from "../lib/migrations/apply-migrations";
import { benchKickoff, type KickoffBenchRow } from "./bench-kickoff";
import { startEmbeddedPostgres } from "./embedded-postgres";

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const DURATION = Number(arg("duration", "10"));
const CONNECTIONS = Number(arg("connections", "20"));
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "bench-password-1";
const SIZES = [10, 50, 200] as const;

type Row = { scenario: string; rps: number; p50: number; p95: number; p99: number; errors: number; queries?: string; target?: number };

/** Requests per second each page must reach, as a share of the empty signed-in page's (issue 13). */
const TARGETS = { read: { 10: undefined, 50: 0.6, 200: 0.5 } as Record<(typeof SIZES)[number], number | undefined>, changed: 0.4 };
/** The detail pages of the 200-member partnership's view. */
const DETAIL_PAGES = [
  { key: "needs200", suffix: "/needs", scenario: "needs × members page, 200 members", target: 0.25 },
  { key: "map200", suffix: "/map", scenario: "map page, 200 members", target: 0.25 },
] as const;
/** What the 200-member default view may weigh: its HTML with the inline RSC payload, uncompressed. */
const MAX_VIEW_KB = 120;

async function main() {
  if (!process.argv.includes("--no-build")) {
    console.log("Building…");
    if (spawnSync("npx", ["next", "build"], { stdio: "ignore" }).status !== 0) throw new Error("next build failed");
  }

  const database = await scratchDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = randomBytes(32).toString("base64");
  let server: ChildProcess | undefined;
  try {
    await applyMigrations({ connectionString: database.url });
    console.log("Seeding…");
    const seeded = await seed();

    server = await startServer({ LOG_QUERIES: "1" });
    const viewerCookie = await signIn(seeded.viewerEmail);
    const emptyCookie = await signIn(seeded.emptyEmail);
    const queries = new Map<string, string>();
    queries.set("empty", String(await countQueries(server, "/", emptyCookie)));
    for (const size of SIZES) {
      const path = `/partnerships/${seeded.partnerships[size]}`;
      await bumpView(database.url, seeded.partnerships[size]);
      const cold = await countQueries(server, path, viewerCookie);
      const warm = await countQueries(server, path, viewerCookie);
      queries.set(`view${size}`, `${warm} (${cold} after a change)`);
    }
    for (const page of DETAIL_PAGES) queries.set(page.key, String(await countQueries(server, `/partnerships/${seeded.partnerships[200]}${page.suffix}`, viewerCookie)));
    const firstLoadJs = await firstLoadJsKb(`/partnerships/${seeded.partnerships[50]}`, viewerCookie);
    const payload = await pageWeight(`/partnerships/${seeded.partnerships[200]}`, viewerCookie);
    console.log("Kickoff: signing in 200 followers…");
    const followerCookies: string[] = [];
    // Everyone in the 200-member partnership: its facilitator, the viewer and 198 members.
    const followerEmails = ["f200-0@bench.samenspel.nl", seeded.viewerEmail, ...Array.from({ length: 198 }, (_, i) => `m200-${i}@bench.samenspel.nl`)];
    for (let i = 0; i < followerEmails.length; i += 8) followerCookies.push(...(await Promise.all(followerEmails.slice(i, i + 8).map(signIn))));
    const kickoffRows = await benchKickoff({
      base: BASE,
      partnershipId: seeded.partnerships[200],
      facilitatorId: "f200-0",
      cookies: followerCookies,
      counts: [10, 200],
      queryCount: () => queryLines,
    });
    await stopServer(server);

    server = await startServer({ LOG_QUERIES: "0" });
    const rows: Row[] = [];
    const load = async (scenario: string, path: string, options: { cookie?: string; queryKey?: string; target?: number } = {}) => {
      process.stdout.write(`  ${scenario}… `);
      const row: Row = { scenario, ...(await measure(path, options.cookie)), queries: options.queryKey ? queries.get(options.queryKey) : undefined, target: options.target };
      console.log(`${row.rps.toFixed(0)} req/s`);
      rows.push(row);
      return row;
    };
    console.log(`Load: ${CONNECTIONS} connections, ${DURATION} s each`);
    // A page's first seconds after a start (code loaded, then compiled and optimised as it runs)
    // are not what a server that has been up a while shows: each page is loaded as long as it
    // will be measured, unmeasured, first.
    console.log(`Warming up: each page for ${DURATION} s, unmeasured`);
    await measure("/sign-in");
    await measure("/", emptyCookie);
    for (const size of SIZES) await measure(`/partnerships/${seeded.partnerships[size]}`, viewerCookie);
    for (const page of DETAIL_PAGES) await measure(`/partnerships/${seeded.partnerships[200]}${page.suffix}`, viewerCookie);
    await load("static file (/icon.svg)", "/icon.svg");
    await load("dynamic page, signed out (/sign-in)", "/sign-in");
    const empty = await load("empty dynamic page, signed in (home, no partnerships)", "/", { cookie: emptyCookie, queryKey: "empty" });
    for (const size of SIZES) {
      await load(`default view, ${size} members, read again`, `/partnerships/${seeded.partnerships[size]}`, { cookie: viewerCookie, queryKey: `view${size}`, target: TARGETS.read[size] });
    }
    for (const size of [50, 200] as const) {
      const writer = startWriter(database.url, seeded.partnerships[size]);
      const row = await load(`default view, ${size} members, right after a change`, `/partnerships/${seeded.partnerships[size]}`, { cookie: viewerCookie, target: TARGETS.changed });
      row.scenario += ` (${await writer.stop()} changes)`;
    }
    for (const page of DETAIL_PAGES) {
      await load(page.scenario, `/partnerships/${seeded.partnerships[200]}${page.suffix}`, { cookie: viewerCookie, queryKey: page.key, target: page.target });
    }

    printTable(rows, empty.rps);
    printKickoffTable(kickoffRows);
    const sameQueries = new Set(SIZES.map((size) => queries.get(`view${size}`))).size === 1;
    const verdict = (ok: boolean) => (ok ? "met   " : "MISSED");
    console.log("\nTargets");
    const missed = rows.filter((row) => row.target !== undefined && row.rps / empty.rps < row.target).length;
    console.log(`  ${verdict(missed === 0)}  req/s of each page against the empty signed-in page (table above): ${missed} missed`);
    console.log(
      `  ${verdict(payload.total <= MAX_VIEW_KB)}  default view, 200 members: HTML + RSC payload <= ${MAX_VIEW_KB} kB uncompressed: ${payload.total.toFixed(1)} kB (inline RSC payload ${payload.inline.toFixed(1)} kB; the RSC payload of a client navigation ${payload.rsc.toFixed(1)} kB)`,
    );
    console.log(`  ${verdict(sameQueries)}  same query count for 10, 50 and 200 members: ${SIZES.map((s) => queries.get(`view${s}`)).join(" / ")}`);
    console.log(`  ${verdict(firstLoadJs <= 160)}  first-load JS of the view <= 160 kB gzip: ${firstLoadJs.toFixed(1)} kB`);
    const [fewFollowers, manyFollowers] = kickoffRows;
    const kickoffTargets = [
      [`kickoff: a step change reaches all 200 followers within 1 s (p99)`, manyFollowers!.p99 <= 1_000 && manyFollowers!.missed === 0, `${manyFollowers!.p99} ms, ${manyFollowers!.missed} missed`],
      [
        `kickoff: SQL statements per second, 200 followers vs 10 <= 1.2x`,
        manyFollowers!.queriesPerSecond <= 1.2 * fewFollowers!.queriesPerSecond,
        `${(fewFollowers!.queriesPerSecond > 0 ? manyFollowers!.queriesPerSecond / fewFollowers!.queriesPerSecond : 0).toFixed(2)}x (${fewFollowers!.queriesPerSecond.toFixed(1)} vs ${manyFollowers!.queriesPerSecond.toFixed(1)})`,
      ],
    ] as const;
    for (const [label, ok, shown] of kickoffTargets) console.log(`  ${verdict(ok)}  ${label}: ${shown}`);

    mkdirSync("bench-results", { recursive: true });
    writeFileSync("bench-results/latest.json", JSON.stringify({ date: new Date().toISOString(), database: database.kind, rows, firstLoadJs, payload, queries: Object.fromEntries(queries), kickoff: kickoffRows }, null, 2));
    if (process.argv.includes("--keep")) {
      console.log(`\nKept: DATABASE_URL=${database.url}\nviewer ${seeded.viewerEmail} / ${PASSWORD}; partnerships ${JSON.stringify(seeded.partnerships)}`);
    }
  } finally {
    if (server) await stopServer(server);
    await sleep(1_000);
    if (!process.argv.includes("--keep")) await database.drop();
  }
}

async function scratchDatabase() {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!base) {
    const embedded = await startEmbeddedPostgres("memory://");
    return { kind: "embedded PGlite", url: embedded.url, drop: embedded.stop };
  }
  const name = `samenspel_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    kind: `PostgreSQL (${url.host})`,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

const LOREM =
  "Working across organisations on the river region's climate challenge taught me to listen first, connect people who rarely meet, and keep promises small enough to keep. ";

function paragraph(seed: number, sentences = 3) {
  return `${LOREM.repeat(sentences)}(${seed})`.trim();
}

async function seed() {
  // Imported after DATABASE_URL is set: the client reads it on first use.
  const { db } = await import("../lib/db");
  const { hashPassword } = await import("../lib/passwords");
  const { createPartnership } = await import("../lib/partnerships/create-partnership");
  const { addNeed } = await import("../lib/partnerships/add-need");
  const passwordHash = await hashPassword(PASSWORD);
  const skills = ["facilitation", "hydrology", "policy", "finance", "community work", "research", "design", "ecology", "law", "communication"];
  const values = ["trust", "fairness", "curiosity", "care", "honesty", "openness", "patience", "reliability"];

  const makeUsers = async (prefix: string, count: number) => {
    const data = Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, email: `${prefix}-${i}@bench.samenspel.nl`, name: `${prefix} member ${i}`, passwordHash }));
    await db.user.createMany({ data });
    await db.profile.createMany({
      data: data.map((user, i) => ({
        userId: user.id,
        origin: paragraph(i),
        knowledgeSkills: paragraph(i + 1),
        personality: paragraph(i + 2, 2),
        lifeExperience: paragraph(i + 3),
        fears: paragraph(i + 4, 2),
        irritations: paragraph(i + 5, 2),
        valuesNorms: paragraph(i + 6, 2),
        skillTags: [skills[i % skills.length]!, skills[(i * 3 + 1) % skills.length]!],
        valueTags: [values[i % values.length]!, values[(i * 5 + 2) % values.length]!],
        personalityVisibility: i % 3 === 0 ? "FACILITATORS" : "PARTNERS",
      })),
    });
    await db.mission.createMany({
      data: data.map((user, i) => ({
        userId: user.id,
        statement: paragraph(i, 1),
        drives: paragraph(i + 1, 2),
        talents: paragraph(i + 2, 2),
        contributeTo: paragraph(i + 3, 2),
        statementVisibility: i % 7 === 0 ? "ONLY_ME" : "PARTNERS",
      })),
    });
    return data;
  };

  const [viewer] = await makeUsers("viewer", 1);
  const [empty] = await makeUsers("empty", 1);
  const partnerships = {} as Record<(typeof SIZES)[number], string>;
  for (const size of SIZES) {
    const [facilitator] = await makeUsers(`f${size}`, 1);
    const partnership = await createPartnership(
      { name: `Bench partnership of ${size}`, commonGoal: paragraph(size, 2), desiredImpact: paragraph(size + 1, 2), description: paragraph(size + 2) },
      facilitator!.id,
    );
    const needIds: string[] = [];
    for (let n = 0; n < 12; n++) needIds.push((await addNeed(facilitator!.id, partnership.id, { title: `Need ${n + 1}: ${["funding", "space", "data", "people"][n % 4]}`, description: "" })).id);
    const members = [viewer!, ...(await makeUsers(`m${size}`, size - 2))];
    await db.membership.createMany({
      data: members.map((user, i) => ({
        userId: user.id,
        partnershipId: partnership.id,
        organisation: `Organisation ${i % 9}`,
        uniqueRole: paragraph(i, 1),
        missionRelation: paragraph(i + 1, 1),
        alignment: (i % 5) + 1,
      })),
    });
    const memberships = await db.membership.findMany({ where: { partnershipId: partnership.id }, select: { id: true } });
    await db.contribution.createMany({
      // Need 12 is left without contributors: a gap.
      data: memberships.flatMap((m, i) => [0, 1, 2].map((k) => ({ membershipId: m.id, needId: needIds[(i + k * 4) % 11]!, note: "Time and network" }))),
      skipDuplicates: true,
    });
    partnerships[size] = partnership.id;
  }
  await db.$disconnect();
  return { viewerEmail: viewer!.email, emptyEmail: empty!.email, partnerships };
}

let queryLines = 0;

async function startServer(extraEnv: Record<string, string>) {
  queryLines = 0;
  const child = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(PORT)], {
    // The bench signs its people in with addresses of their own (X-Forwarded-For), from this machine.
    env: { ...process.env, ...extraEnv, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "error", TRUST_PROXY: "127.0.0.1" },
    // Errors go to a buffer: requests still in flight when the load ends may fail once the scratch
    // database is dropped, which is no finding. Shown only when the server does not come up.
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  child.stdout?.on("data", (chunk: Buffer) => {
    queryLines += chunk.toString().split("\n").filter((line) => line.includes('"db.query"')).length;
  });
  for (let attempt = 0; attempt < 120 && child.exitCode === null; attempt++) {
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) return child;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  await stopServer(child);
  throw new Error(`the server did not start:\n${errors}`);
}

async function stopServer(child: ChildProcess) {
  if (!child.pid) return;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, sleep(5_000)]);
  }
  // The server may be a grandchild (npx, tsx) in the same group: wait until the port is free,
  // and end the group for good if it lingers, so that the next scenario measures a new server.
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      await fetch(`${BASE}/sign-in`);
      await sleep(250);
    } catch {
      return;
    }
  }
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
  await sleep(500);
  if (await fetch(`${BASE}/sign-in`).then(() => true, () => false)) throw new Error(`port ${PORT} is still in use after stopping the server`);
}

async function signIn(email: string) {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": "10.99.0.1" },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.includes("session-token"));
  if (!session) throw new Error(`could not sign in as ${email}`);
  return session;
}

async function countQueries(_server: ChildProcess, path: string, cookie: string) {
  await sleep(150);
  const before = queryLines;
  const response = await fetch(BASE + path, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  await response.text();
  await sleep(150);
  return queryLines - before;
}

async function firstLoadJsKb(path: string, cookie: string) {
  const html = await (await fetch(BASE + path, { headers: { cookie } })).text();
  // Scripts a current browser loads: nomodule polyfills are skipped by every modern browser.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag));
  const sources = [...new Set(tags.map((tag) => /src="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)))];
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  return bytes / 1024;
}

/** The page's HTML as sent (with the RSC payload inlined for hydration), and the RSC payload a client navigation fetches, in kB. */
async function pageWeight(path: string, cookie: string) {
  const html = await (await fetch(BASE + path, { headers: { cookie } })).text();
  const inline = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0);
  const rsc = await (await fetch(BASE + path, { headers: { cookie, RSC: "1" } })).text();
  return { total: Buffer.byteLength(html) / 1024, inline: inline / 1024, rsc: Buffer.byteLength(rsc) / 1024 };
}

async function bumpView(url: string, partnershipId: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`UPDATE "Partnership" SET "viewVersion" = "viewVersion" + 1 WHERE id = $1`, [partnershipId]);
  await client.end();
}

/** Changes the partnership every few milliseconds, so that nearly every read finds its cache stale. */
function startWriter(url: string, partnershipId: string) {
  let running = true;
  let writes = 0;
  const done = (async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    while (running) {
      await client.query(`UPDATE "Partnership" SET "viewVersion" = "viewVersion" + 1 WHERE id = $1`, [partnershipId]);
      writes++;
      await sleep(2);
    }
    await client.end();
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return writes;
    },
  };
}

async function measure(path: string, cookie?: string) {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: BASE + path, connections: CONNECTIONS, duration: DURATION, headers: cookie ? { cookie } : {} },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 400) errors++;
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { rps: result.requests.average, p50: percentile(50), p95: percentile(95), p99: percentile(99), errors: errors + result.errors + result.non2xx };
}

function printKickoffTable(rows: KickoffBenchRow[]) {
  console.log(`\n| kickoff followers | step changes | reached all: p50 ms | p99 ms | max ms | missed | SQL statements/s |\n|---|---|---|---|---|---|---|`);
  for (const r of rows) console.log(`| ${r.followers} | ${r.changes} | ${r.p50} | ${r.p99} | ${r.max} | ${r.missed} | ${r.queriesPerSecond.toFixed(1)} |`);
}

function printTable(rows: Row[], emptyRps: number) {
  const header = ["scenario", "req/s", "vs empty page", "target", "p50 ms", "p95 ms", "p99 ms", "errors", "SQL queries per render"];
  const body = rows.map((r) => [
    r.scenario,
    r.rps.toFixed(0),
    emptyRps > 0 ? `${((r.rps / emptyRps) * 100).toFixed(0)}%` : "",
    r.target === undefined ? "" : `>= ${(r.target * 100).toFixed(0)}% ${r.rps / emptyRps >= r.target ? "met" : "MISSED"}`,
    r.p50.toFixed(0),
    r.p95.toFixed(0),
    r.p99.toFixed(0),
    String(r.errors),
    r.queries ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const leftAligned = new Set([0, 3, 8]);
  const line = (cells: string[]) => `| ${cells.map((c, i) => (leftAligned.has(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of body) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
