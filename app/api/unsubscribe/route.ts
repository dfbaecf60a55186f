import { getTranslations } from "next-intl/server";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { unsubscribe } from "@/lib/notifications/unsubscribe";

export const dynamic = "force-dynamic";

const badRequest = () => new Response("Bad request", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

const confirmPage = (token: string, done = false) =>
  `/account/notifications/unsubscribe?token=${encodeURIComponent(token)}${done ? "&done=1" : ""}`;

/**
 * The List-Unsubscribe link opened in a browser: nothing changes on GET (mail scanners open
 * links), it leads to a page that asks for one click.
 */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!readUnsubscribeToken(token)) return badRequest();
  return new Response(null, { status: 307, headers: { Location: confirmPage(token), "Cache-Control": "no-store" } });
}

/**
 * One-click unsubscribe (RFC 8058: a mail client POSTs "List-Unsubscribe=One-Click"), and the
 * confirmation page's button: no sign-in, the signed token is the proof. The token's kind (or
 * every kind, for the digest) stops emailing and stays in the app only. A token that is not
 * genuine gets 400 and nothing else.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const done = await unsubscribe(token);
  if (!done) return badRequest();
  // The confirmation page's own form comes back to that page; a mail client gets a plain answer.
  const body = await request.text().catch(() => "");
  if (new URLSearchParams(body.slice(0, 1000)).get("from") === "page") {
    return new Response(null, { status: 303, headers: { Location: confirmPage(token, true), "Cache-Control": "no-store" } });
  }
  const t = await getTranslations("notifications");
  const kind = done.scope === "all" ? null : t(`kinds.${done.scope}`);
  return new Response(kind ? t("unsubscribe.doneKind", { kind }) : t("unsubscribe.doneAll"), {
    status: 200,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
