import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";

export { LIMITS };


/**
 * Text as PostgreSQL can store it: NUL characters dropped and lone surrogates (malformed UTF-16)
 * replaced, so that odd input gets a clear message or is kept, never a database error.
 */
const storableString = z.string().transform((value) => value.replaceAll("\u0000", "").toWellFormed());

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
