export type RouteRefusal = { ok: false; response: Response };

const REASONS = { 400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 429: "too_many_requests", 503: "unavailable" } as const;

/** A route handler's refusal: a status and a one-word reason, never any data. */
export function refusal(status: keyof typeof REASONS): RouteRefusal {
  const error = REASONS[status];
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...(status === 503 || status === 429 ? { "Retry-After": "30" } : {}) };
  return { ok: false, response: Response.json({ error }, { status, headers }) };
}
