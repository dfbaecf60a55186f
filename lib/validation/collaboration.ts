import { z } from "zod";
import { recordId, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";

/** Filters of the collaboration view, from its URL; anything odd is ignored rather than refused. */
export const ZCollaborationFilters = z.object({
  organisation: text(LIMITS.organisation).optional().catch(undefined),
  need: recordId.optional().catch(undefined),
  role: z.enum(["FACILITATOR", "MEMBER"]).optional().catch(undefined),
});

export function parseCollaborationFilters(searchParams: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const parsed = ZCollaborationFilters.parse({
    organisation: first(searchParams.organisation),
    need: first(searchParams.need),
    role: first(searchParams.role),
  });
  return { organisation: parsed.organisation, needId: parsed.need, role: parsed.role };
}
