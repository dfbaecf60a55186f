import type { CollaborationFilters } from "@/lib/collaboration/match-member";

/**
 * A collaboration page's address with the search and filters in its query, so that they carry
 * over from the view to its matrix and map, and from one page of members to the next.
 */
export function viewHref(path: string, filters: CollaborationFilters, page = 1): string {
  const query = new URLSearchParams();
  if (filters.query) query.set("q", filters.query);
  if (filters.organisation) query.set("organisation", filters.organisation);
  if (filters.needId) query.set("need", filters.needId);
  if (filters.role) query.set("role", filters.role);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
