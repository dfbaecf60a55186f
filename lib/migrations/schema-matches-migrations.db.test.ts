import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get_dmmf } from "@prisma/prisma-schema-wasm";

// The migrations are hand-written SQL; this proves they build exactly what schema.prisma declares.

type DmmfField = {
  name: string;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; fields: DmmfField[] };
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] };
type Dmmf = {
  datamodel: { models: DmmfModel[]; enums: { name: string; values: { name: string }[] }[]; indexes: DmmfIndex[] };
};

const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as Dmmf;
const { models, enums, indexes } = dmmf.datamodel;

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Float: "double precision",
  Json: "jsonb",
};

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

async function rows<T extends pg.QueryResultRow>(sql: string) {
  return (await client.query<T>(sql)).rows;
}

function columnsOf(model: DmmfModel) {
  return model.fields.filter((field) => field.kind !== "object");
}

/** How PostgreSQL shows a default that schema.prisma gives as a value or now(); undefined: not compared. */
function expectedDefault(value: unknown): RegExp | undefined {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (typeof value === "string") return new RegExp(`^'${escape(value)}'::`);
  if (typeof value === "number" || typeof value === "boolean") return new RegExp(`^${escape(String(value))}$`);
  if (typeof value === "object" && value !== null && (value as { name?: unknown }).name === "now") return /^CURRENT_TIMESTAMP$/;
  return undefined;
}

describe("migrations match schema.prisma", () => {
  it("has exactly the declared tables", async () => {
    const tables = await rows<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(tables.map((t) => t.table_name).sort()).toEqual(models.map((m) => m.name).sort());
  });

  it("has exactly the declared enums and values", async () => {
    const found = await rows<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    const expected = enums.map((e) => ({ name: e.name, values: e.values.map((v) => v.name) }));
    expect(found.sort((a, b) => a.name.localeCompare(b.name))).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
  });

  it.each(models.map((m) => [m.name, m] as const))("%s has the declared columns, types, nullability and defaults", async (name, model) => {
    const columns = await rows<{ column_name: string; type: string; is_nullable: string; column_default: string | null }>(`
      SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type,
             CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS is_nullable,
             pg_get_expr(d.adbin, d.adrelid) AS column_default
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relname = '${name}' AND a.attnum > 0 AND NOT a.attisdropped`);
    const actual = Object.fromEntries(columns.map((c) => [c.column_name, c]));
    expect(Object.keys(actual).sort()).toEqual(columnsOf(model).map((f) => f.name).sort());

    for (const field of columnsOf(model)) {
      const column = actual[field.name]!;
      const base = field.kind === "enum" ? `"${field.type}"` : SCALAR_TYPES[field.type];
      expect(column.type, `${name}.${field.name} type`).toBe(field.isList ? `${base}[]` : base);
      // Prisma leaves list columns nullable; everything else follows `?`.
      if (!field.isList) expect(column.is_nullable, `${name}.${field.name} nullability`).toBe(field.isRequired ? "NO" : "YES");
      const clientSideDefault =
        typeof field.default === "object" && field.default !== null && ["cuid", "uuid", "nanoid"].includes((field.default as { name: string }).name);
      const expectsDbDefault = field.hasDefaultValue && !clientSideDefault;
      expect(column.column_default !== null, `${name}.${field.name} default`).toBe(expectsDbDefault);
      const value = expectedDefault(field.default);
      if (expectsDbDefault && value !== undefined) expect(column.column_default, `${name}.${field.name} default value`).toMatch(value);
    }
  });

  it("has exactly the declared primary keys, unique constraints and indexes", async () => {
    const found = await rows<{ table: string; columns: string[]; is_unique: boolean; is_primary: boolean }>(`
      SELECT t.relname AS table,
             array_agg(a.attname ORDER BY k.ordinality)::text[] AS columns,
             ix.indisunique AS is_unique, ix.indisprimary AS is_primary
      FROM pg_index ix
      JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ordinality) ON true
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
      GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`);
    const describe = (table: string, columns: string[], kind: string) => `${table}(${columns.join(",")}) ${kind}`;
    const actual = found.map((i) => describe(i.table, i.columns, i.is_primary ? "id" : i.is_unique ? "unique" : "normal")).sort();
    const expected = indexes.map((i) => describe(i.model, i.fields.map((f) => f.name), i.type)).sort();
    expect(actual).toEqual(expected);
  });

  it("has exactly the declared foreign keys with their delete rules", async () => {
    const found = await rows<{ table: string; columns: string[]; target: string; target_columns: string[]; on_delete: string }>(`
      SELECT c.conrelid::regclass::text AS table,
             ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS columns,
             c.confrelid::regclass::text AS target,
             ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS target_columns,
             CASE c.confdeltype WHEN 'c' THEN 'Cascade' WHEN 'n' THEN 'SetNull' WHEN 'r' THEN 'Restrict' WHEN 'a' THEN 'NoAction' WHEN 'd' THEN 'SetDefault' END AS on_delete
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`);
    const unquote = (name: string) => name.replaceAll('"', "");
    const actual = found.map((f) => `${unquote(f.table)}(${f.columns.join(",")}) -> ${unquote(f.target)}(${f.target_columns.join(",")}) ${f.on_delete}`).sort();
    const expected = models
      .flatMap((model) =>
        model.fields
          .filter((field) => field.kind === "object" && field.relationFromFields && field.relationFromFields.length > 0)
          .map((field) => {
            const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
            return `${model.name}(${field.relationFromFields!.join(",")}) -> ${field.type}(${field.relationToFields!.join(",")}) ${onDelete}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
