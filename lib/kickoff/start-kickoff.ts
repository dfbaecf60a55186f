import "server-only";
import { db } from "@/lib/db";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { notifyKickoffStarted } from "@/lib/notifications/notify-kickoff-started";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";
import { KICKOFF_STEP_KINDS } from "@/lib/kickoff/steps";
import { sessionStepsOf } from "@/lib/own-steps/session-steps";

/**
 * Starts a kickoff with the seed's six steps (with the partnership's questions); facilitators only. A partnership runs one kickoff at
 * a time: when one is already running (another facilitator was quicker), that one is returned.
 */
export async function startKickoff(actorId: string, partnershipId: string): Promise<{ sessionId: string; started: boolean }> {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    // Starts in the same partnership wait for each other here, so only one of them creates a session.
    await tx.$queryRaw`SELECT "id" FROM "Partnership" WHERE "id" = ${partnershipId} FOR UPDATE`;
    const running = await tx.kickoffSession.findFirst({ where: { partnershipId, status: "RUNNING" }, select: { id: true } });
    if (running) return { sessionId: running.id, started: false };
    const session = await tx.kickoffSession.create({
      data: {
        partnershipId,
        steps: { create: await sessionStepsOf(tx, partnershipId, KICKOFF_STEP_KINDS.map((kind) => ({ kind }))) },
        participants: { create: { userId: actorId } },
      },
      select: { id: true },
    });
    await notifyKickoffStarted(tx, { actorId, partnershipId, kickoffId: session.id });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
    return { sessionId: session.id, started: true };
  });
}
