import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The partnership's running kickoff with its steps in order, locked for the rest of the
 * transaction: changes to one session happen one after the other, so that two facilitators
 * acting at once never both move from the same step.
 */
export async function lockRunningKickoff(tx: Tx, partnershipId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "KickoffSession"
    WHERE "partnershipId" = ${partnershipId} AND "status" = 'RUNNING'
    ORDER BY "startedAt" DESC LIMIT 1
    FOR UPDATE`;
  const id = locked[0]?.id;
  if (!id) throw new AppError("NOT_FOUND", { message: `no kickoff is running in partnership ${partnershipId}` });
  return tx.kickoffSession.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      version: true,
      currentStep: true,
      timerStartedAt: true,
      timerElapsedMs: true,
      steps: { orderBy: { position: "asc" }, select: { id: true, kind: true, position: true, skipped: true, durationMinutes: true } },
    },
  });
}
