import { buildPartnershipExport } from "@/lib/exports/build-partnership-export";
import { answerRoute } from "@/lib/http/answer-route";
import { attachmentHeaders } from "@/lib/http/attachment";
import { fileSlug } from "@/lib/http/file-slug";
import { routeMember } from "@/lib/http/route-member";

export const dynamic = "force-dynamic";

/** The partnership as a JSON document, as a facilitator may read it; facilitators only. */
export async function GET(_request: Request, { params }: RouteContext<"/partnerships/[id]/export/partnership.json">) {
  return answerRoute(async () => {
    const { id } = await params;
    const member = await routeMember(id, { facilitator: true });
    if (!member.ok) return member.response;
    const document = await buildPartnershipExport(member.userId, id);
    return new Response(JSON.stringify(document, null, 2), {
      headers: attachmentHeaders(`${fileSlug(document.partnership.name)}.json`, "application/json; charset=utf-8"),
    });
  });
}
