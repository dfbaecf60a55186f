import { createTranslator } from "use-intl/core";
import { listFeedSessions } from "@/lib/calendar/list-feed-sessions";
import { sessionCalendar } from "@/lib/calendar/session-calendar";
import { answerRoute } from "@/lib/http/answer-route";
import { appOrigin } from "@/lib/http/app-url";
import { refusal } from "@/lib/http/refusal";
import { loadMessages } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

/**
 * A private calendar feed: the planned sessions of all its owner's partnerships, opened by the
 * token in its address alone (calendar apps send no cookie). An unknown or stopped link is 404.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/calendar/[token]">) {
  return answerRoute(async () => {
    const { token } = await params;
    const feed = await listFeedSessions(token.replace(/\.ics$/, ""));
    if (!feed) return refusal(404).response;
    const locale = feed.locale ?? "en";
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "sessions.calendar" });
    const body = sessionCalendar(feed.sessions, appOrigin(request.headers), { name: t("feedName"), description: (words) => t("description", words) });
    return new Response(body, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" },
    });
  });
}
