import { z } from "zod";
import { recordId, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";

/** Search, filters and page of the collaboration view, from its URL; anything odd is ignored rather than refused. */
export const ZCollaborationFilters = z.object({
  q: text(LIMITS.search).optional().catch(undefined),
  organisation: text(LIMITS.organisation).optional().catch(undefined),
  need: recordId.optional().catch(undefined),
  role: z.enum(["FACILITATOR", "MEMBER"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function parseCollaborationFilters(searchParams: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const parsed = ZCollaborationFilters.parse({
    q: first(searchParams.q),
    organisation: first(searchParams.organisation),
    need: first(searchParams.need),
    role: first(searchParams.role),
    page: first(searchParams.page) ?? 1,
  });
  return { query: parsed.q || undefined, organisation: parsed.organisation || undefined, needId: parsed.need, role: parsed.role, page: parsed.page };
}
