export type RouteRefusal = { ok: false; response: Response };

/** A route handler's refusal: a status and a one-word reason, never any data. */
export function refusal(status: 401 | 403 | 404): RouteRefusal {
  const error = status === 401 ? "unauthorized" : status === 403 ? "forbidden" : "not_found";
  return { ok: false, response: Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } }) };
}
