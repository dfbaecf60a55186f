import enCommon from "@/lib/i18n/messages/en/common.json";
import nlCommon from "@/lib/i18n/messages/nl/common.json";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

/** The page shown with HTTP 503 while the database is unreachable: self-contained, no scripts. */
export function unavailableResponse(request: { headers: Headers; cookies: { get(name: string): { value: string } | undefined } }) {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale(request.headers.get("accept-language"));
  const text = locale === "nl" ? nlCommon : enCommon;
  const html = `<!DOCTYPE html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.unavailableTitle} · ${text.appName}</title>
<style>body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;background:#fbfaf7;color:#1c2426;display:grid;place-items:center;min-height:100vh}
main{max-width:32rem;padding:2rem;text-align:center}h1{font-family:ui-serif,Georgia,serif;color:#124f4b}p{color:#5b6669;line-height:1.55}</style>
</head><body><main><h1>${text.unavailableTitle}</h1><p>${text.unavailableText}</p><p><a href="">${text.tryAgain}</a></p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" },
  });
}
