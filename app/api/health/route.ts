export const dynamic = "force-dynamic";

/** Liveness: the process answers. Touches nothing else (not the database), and says nothing else. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
