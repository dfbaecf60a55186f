import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * For pages, as `.catch(notFoundOnRefusal)` on a domain read: a refusal that comes after the page's
 * guard passed (the user was removed or demoted a moment ago) shows "not found", not an error page.
 */
export function notFoundOnRefusal(error: unknown): never {
  if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) notFound();
  throw error;
}
