// Runs once when a Next.js server starts (scripts/serve.ts, next start, next dev): the queue's workers live in the
// app server itself, on the app's own PostgreSQL. Not while `next build` runs, not in the edge runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (!process.env.DATABASE_URL) {
    console.warn("[instrumentation] DATABASE_URL is not set: the queue's workers (email, scheduled work) are not started.");
    return;
  }
  const { runQueueInServer } = await import("@/lib/jobs/run-queue-in-server");
  await runQueueInServer();
}
