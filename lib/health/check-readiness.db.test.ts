import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkReadiness } from "@/lib/health/check-readiness";

const url = process.env.DATABASE_URL!;
const PENDING = "29991231000000_not_yet_applied";
let withPending: string;

beforeAll(async () => {
  withPending = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await cp(path.join(process.cwd(), "prisma", "migrations"), withPending, { recursive: true });
  await mkdir(path.join(withPending, PENDING));
  await writeFile(path.join(withPending, PENDING, "migration.sql"), "SELECT 1;\n");
});

afterAll(async () => {
  await db.$executeRaw`DELETE FROM "_prisma_migrations" WHERE "migration_name" = ${PENDING}`;
  await rm(withPending, { recursive: true, force: true });
});

describe("readiness", () => {
  it("is ready when the database answers and every migration is applied", async () => {
    expect(await checkReadiness({ connectionString: url, cacheMs: 0 })).toEqual({ ready: true });
  });

  it("is not ready while the database cannot be reached, and says only that", async () => {
    const started = Date.now();
    expect(await checkReadiness({ connectionString: "postgresql://postgres@127.0.0.1:1/nowhere", cacheMs: 0 })).toEqual({ ready: false, reason: "database unreachable" });
    // The embedded database's front serves one database whatever the name asked for.
    if (!process.env.DATABASE_EMBEDDED) {
      expect(await checkReadiness({ connectionString: url.replace(/\/[^/?]+(\?|$)/, "/no_such_database_here$1"), cacheMs: 0 })).toEqual({ ready: false, reason: "database unreachable" });
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("is not ready while a migration is pending, unfinished or rolled back; ready once it is applied", async () => {
    expect(await checkReadiness({ connectionString: url, migrationsDir: withPending, cacheMs: 0 })).toEqual({ ready: false, reason: "migrations pending" });
    await db.$executeRaw`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count")
      VALUES (gen_random_uuid()::text, 'x', ${PENDING}, now(), 0)`;
    expect(await checkReadiness({ connectionString: url, migrationsDir: withPending, cacheMs: 0 })).toEqual({ ready: false, reason: "migrations pending" });
    await db.$executeRaw`UPDATE "_prisma_migrations" SET "finished_at" = now(), "rolled_back_at" = now() WHERE "migration_name" = ${PENDING}`;
    expect(await checkReadiness({ connectionString: url, migrationsDir: withPending, cacheMs: 0 })).toEqual({ ready: false, reason: "migrations pending" });
    await db.$executeRaw`UPDATE "_prisma_migrations" SET "rolled_back_at" = NULL WHERE "migration_name" = ${PENDING}`;
    expect(await checkReadiness({ connectionString: url, migrationsDir: withPending, cacheMs: 0 })).toEqual({ ready: true });
  });

  it("reuses an answer for a few seconds, so frequent probes cost one check", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    try {
      expect(await checkReadiness({ connectionString: url, migrationsDir: dir })).toEqual({ ready: true });
      await mkdir(path.join(dir, "29991231000001_added_later"));
      expect(await checkReadiness({ connectionString: url, migrationsDir: dir })).toEqual({ ready: true });
      expect(await checkReadiness({ connectionString: url, migrationsDir: dir, cacheMs: 0 })).toEqual({ ready: false, reason: "migrations pending" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
