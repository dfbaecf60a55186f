import { answerRoute } from "@/lib/http/answer-route";
import { routeMember } from "@/lib/http/route-member";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";

export const dynamic = "force-dynamic";

/** The kickoff as it is now: for browsers that cannot keep an event stream open (polling). */
export async function GET(_request: Request, { params }: RouteContext<"/api/partnerships/[id]/kickoff/state">) {
  return answerRoute(async () => {
    const { id } = await params;
    const member = await routeMember(id);
    if (!member.ok) return member.response;
    return Response.json(await getKickoffFeed(member.userId, id), { headers: { "Cache-Control": "no-store" } });
  });
}
