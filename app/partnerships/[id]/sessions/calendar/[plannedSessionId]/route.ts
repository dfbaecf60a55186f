import { getTranslations } from "next-intl/server";
import { findPlannedSessionForCalendar } from "@/lib/calendar/find-planned-session-for-calendar";
import { sessionCalendar } from "@/lib/calendar/session-calendar";
import { answerRoute } from "@/lib/http/answer-route";
import { appOrigin } from "@/lib/http/app-url";
import { attachmentHeaders } from "@/lib/http/attachment";
import { fileSlug } from "@/lib/http/file-slug";
import { routeMember } from "@/lib/http/route-member";

export const dynamic = "force-dynamic";

/** One planned session as a calendar file (.ics), in the partnership's time zone; members only. */
export async function GET(request: Request, { params }: RouteContext<"/partnerships/[id]/sessions/calendar/[plannedSessionId]">) {
  return answerRoute(async () => {
    const { id, plannedSessionId } = await params;
    const member = await routeMember(id);
    if (!member.ok) return member.response;
    const session = await findPlannedSessionForCalendar(member.userId, id, plannedSessionId);
    const t = await getTranslations("sessions.calendar");
    const body = sessionCalendar([session], appOrigin(request.headers), { name: null, description: (words) => t("description", words) });
    return new Response(body, {
      headers: { ...attachmentHeaders(`${fileSlug(session.title)}.ics`, "text/calendar; charset=utf-8"), "Cache-Control": "private, no-store" },
    });
  });
}
