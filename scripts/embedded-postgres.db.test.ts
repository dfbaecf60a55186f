import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

// The embedded database serves many connections from one PGlite session; these tests hold it to
// what PostgreSQL promises: whole statements, and transactions that others cannot see into.

let embedded: EmbeddedPostgres;

beforeAll(async () => {
  embedded = await startEmbeddedPostgres("memory://");
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  await client.query(`CREATE TABLE item (id serial PRIMARY KEY, label text NOT NULL)`);
  await client.end();
});

afterAll(async () => {
  await embedded.stop();
});

async function connect() {
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  return client;
}

describe("embedded PostgreSQL", () => {
  it("answers many connections' parameterised queries at once without mixing them up", async () => {
    const pool = new pg.Pool({ connectionString: embedded.url, max: 20 });
    const results = await Promise.all(
      Array.from({ length: 400 }, (_, i) => pool.query<{ n: number; label: string }>("SELECT $1::int AS n, $2::text AS label", [i, `label-${i}`])),
    );
    expect(results.every((result, i) => result.rows[0]?.n === i && result.rows[0]?.label === `label-${i}`)).toBe(true);
    await pool.end();
  });

  it("keeps a transaction's uncommitted rows from other connections, then shows the committed ones", async () => {
    const writer = await connect();
    const reader = await connect();
    await writer.query("BEGIN");
    await writer.query("INSERT INTO item (label) VALUES ('in-flight')");
    const readDuringTransaction = reader.query<{ count: string }>("SELECT count(*) FROM item WHERE label = 'in-flight'");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writer.query("COMMIT");
    expect((await readDuringTransaction).rows[0]?.count).toBe("1");
    await writer.end();
    await reader.end();
  });

  it("rolls back what a connection left open when it went away", async () => {
    const quitter = await connect();
    await quitter.query("BEGIN");
    await quitter.query("INSERT INTO item (label) VALUES ('abandoned')");
    await quitter.end();
    const reader = await connect();
    const { rows } = await reader.query<{ count: string }>("SELECT count(*) FROM item WHERE label = 'abandoned'");
    expect(rows[0]?.count).toBe("0");
    await reader.end();
  });

  it("reports errors to the connection that caused them and goes on serving others", async () => {
    const failing = await connect();
    const other = await connect();
    await expect(failing.query("SELECT * FROM no_such_table")).rejects.toThrow(/no_such_table/);
    const [ok] = await Promise.all([other.query("SELECT 1 AS one"), expect(failing.query("SELECT $1::int", ["x"])).rejects.toThrow()]);
    expect(ok.rows[0]).toEqual({ one: 1 });
    await failing.end();
    await other.end();
  });
});
