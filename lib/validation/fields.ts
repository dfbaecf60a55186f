import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";

export { LIMITS };

/**
 * Text as PostgreSQL can store it: NUL characters dropped and lone surrogates (malformed UTF-16)
 * replaced, so that odd input gets a clear message or is kept, never a database error.
 */
const storableString = z.string().transform((value) => value.replaceAll("\u0000", "").toWellFormed());

/**
 * The shape of a record id (a cuid) as a URL or form carries it. Anything else cannot name a
 * record, and is refused before it reaches a query: a NUL byte would make PostgreSQL fail.
 */
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID.test(value);
}

/** The id of a record sent by a form (checked against the database afterwards). */
export const recordId = z.string().trim().regex(RECORD_ID);

/**
 * The version a form was loaded with (optimistic concurrency), typed as a number. Bounded by
 * PostgreSQL's integer, so that a forged huge number is refused rather than failing the query.
 */
export const version = z.coerce.number().int().min(1).max(2_147_483_647);

/** Trimmed text; an empty string when left blank. */
export const text = (max: number) => storableString.pipe(z.string().trim().max(max));

/** Trimmed text that must not be blank. */
export const requiredText = (max: number) => storableString.pipe(z.string().trim().min(1).max(max));

export const email = storableString.pipe(z.string().trim().toLowerCase().max(LIMITS.email).pipe(z.email()));

export const password = z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax);

/** A checkbox: present ("on") or absent. */
export const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

/** Values of a field that may be given several times (checkboxes): always a list. */
export const stringList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));
