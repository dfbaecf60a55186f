import { answerRoute } from "@/lib/http/answer-route";
import { routeMember } from "@/lib/http/route-member";
import { refusal } from "@/lib/http/refusal";
import { kickoffEventStream } from "@/lib/kickoff/kickoff-event-stream";

export const dynamic = "force-dynamic";

/** Server-sent events: members follow the partnership's kickoff as it moves. */
export async function GET(request: Request, { params }: RouteContext<"/api/partnerships/[id]/kickoff/events">) {
  return answerRoute(async () => {
    const { id } = await params;
    const member = await routeMember(id);
    if (!member.ok) return member.response;
    const stream = kickoffEventStream({ userId: member.userId, partnershipId: id, signal: request.signal });
    // Too many streams for this user here (or the server is stopping): the browser polls instead.
    if (!stream) return refusal(429).response;
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        // no-transform: compression (in `next start` or a proxy) would hold events back.
        "Cache-Control": "no-cache, no-transform",
        Connection: "keep-alive",
        // nginx and similar proxies pass each event on at once instead of buffering the response.
        "X-Accel-Buffering": "no",
      },
    });
  });
}
