/**
 * Runs a command against the configured database, providing what a fresh machine lacks:
 * - no DATABASE_URL: an embedded PostgreSQL (PGlite) kept in .data/pglite (PGLITE_DIR);
 * - no AUTH_SECRET outside production: a generated one kept in .data/auth-secret.
 * Options: --migrate applies pending migrations, --seed adds the demo data (idempotent),
 * --fresh uses a throw-away in-memory embedded database, --production refuses to run without
 * AUTH_SECRET when DATABASE_URL is set. The command follows `--`.
 *
 *   tsx scripts/with-db.ts --migrate --seed -- tsx scripts/serve.ts
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareQueues } from "../lib/jobs/queue";
import { applyMigrations } from "../lib/migrations/apply-migrations";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

const DATA_DIR = path.resolve(".data");

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const flags = new Set(separator === -1 ? args : args.slice(0, separator));
const command = separator === -1 ? [] : args.slice(separator + 1);

function log(message: string) {
  console.log(`[with-db] ${message}`);
}

function ensureAuthSecret() {
  if (process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET) return;
  const embedded = !process.env.DATABASE_URL;
  if ((flags.has("--production") || process.env.NODE_ENV === "production") && !embedded) {
    console.error("AUTH_SECRET is required in production. Generate one with `openssl rand -base64 32`.");
    process.exit(1);
  }
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    log(`Generated an auth secret in ${path.relative(process.cwd(), file)}`);
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function main() {
  ensureAuthSecret();

  let embedded: EmbeddedPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    const dir = flags.has("--fresh") ? "memory://" : (process.env.PGLITE_DIR ?? path.join(DATA_DIR, "pglite"));
    embedded = await startEmbeddedPostgres(dir);
    process.env.DATABASE_URL = embedded.url;
    // Tests of what only a real PostgreSQL server does (e.g. refusing an unknown database) read this.
    process.env.DATABASE_EMBEDDED = "1";
    const where = dir === "memory://" ? "in memory" : `in ${path.relative(process.cwd(), dir) || dir}`;
    log(`DATABASE_URL is not set: using embedded PostgreSQL (PGlite) ${where}. Set DATABASE_URL to use your own PostgreSQL.`);
    if (!process.env.SMTP_URL) {
      // No mail server either (development, or a try-out with `npm start`): show kept emails at /dev/outbox.
      process.env.MAIL_OUTBOX ??= "1";
      log("SMTP_URL is not set: emails are kept in the outbox, shown at /dev/outbox and in the log.");
    }
  }
  if (process.env.APP_URL && !process.env.NEXTAUTH_URL) process.env.NEXTAUTH_URL = process.env.APP_URL;

  const stop = async () => {
    await embedded?.stop();
  };

  try {
    if (flags.has("--migrate")) {
      const result = await applyMigrations({ connectionString: process.env.DATABASE_URL, log });
      log(`Migrations: ${result.applied.length} applied, ${result.upToDate} already up to date`);
      await prepareQueues(process.env.DATABASE_URL);
    }
    if (flags.has("--seed")) {
      const { seedDemo } = await import("../prisma/seed");
      await seedDemo({ log });
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop();
    process.exit(1);
  }

  if (command.length === 0) {
    await stop();
    return;
  }

  const [program, ...programArgs] = command as [string, ...string[]];
  const child = spawn(program, programArgs, { stdio: "inherit", env: process.env, detached: true });
  const forward = (signal: NodeJS.Signals) => {
    if (child.pid) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The child's group has already gone.
      }
    }
  };
  process.on("SIGINT", () => forward("SIGINT"));
  process.on("SIGTERM", () => forward("SIGTERM"));
  child.on("exit", async (code, signal) => {
    await stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

void main();
