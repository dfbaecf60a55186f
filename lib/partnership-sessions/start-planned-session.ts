import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { stepsOfKinds } from "@/lib/kickoff/steps";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { notifyKickoffStarted } from "@/lib/notifications/notify-kickoff-started";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Starts a planned session: it runs live as a kickoff does, with its own title and steps, and is
 * no longer planned. Facilitators only; refused while another session of the partnership runs.
 */
export async function startPlannedSession(actorId: string, partnershipId: string, plannedSessionId: string) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    // Starts in the same partnership wait for each other here, so only one session runs at a time.
    await tx.$queryRaw`SELECT "id" FROM "Partnership" WHERE "id" = ${partnershipId} FOR UPDATE`;
    const plan = await tx.plannedSession.findFirst({ where: { id: plannedSessionId, partnershipId } });
    if (!plan) throw new AppError("NOT_FOUND", { message: `no planned session ${plannedSessionId} in partnership ${partnershipId}` });
    const running = await tx.kickoffSession.findFirst({ where: { partnershipId, status: "RUNNING" }, select: { id: true } });
    if (running) throw new AppError("SESSION_RUNNING", { message: `session ${running.id} is running in partnership ${partnershipId}` });
    const session = await tx.kickoffSession.create({
      data: {
        partnershipId,
        title: plan.title,
        scheduledAt: plan.scheduledAt,
        steps: { create: stepsOfKinds(plan.stepKinds) },
        participants: { create: { userId: actorId } },
      },
      select: { id: true },
    });
    await tx.plannedSession.delete({ where: { id: plan.id } });
    await notifyKickoffStarted(tx, { actorId, partnershipId, kickoffId: session.id });
    await touchPartnershipViews(tx, { partnershipIds: [partnershipId] });
    return { sessionId: session.id };
  });
}
