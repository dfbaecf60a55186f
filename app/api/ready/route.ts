import { checkReadiness } from "@/lib/health/check-readiness";

export const dynamic = "force-dynamic";

/** Readiness: the database answers and every migration is applied (checked at most every few seconds). */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness.ready ? { status: "ready" } : { status: "unavailable", reason: readiness.reason }, {
    status: readiness.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
