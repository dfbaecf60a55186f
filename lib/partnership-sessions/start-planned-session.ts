import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { sessionStepsOf, type StepChoice } from "@/lib/own-steps/session-steps";
import { notifyKickoffStarted } from "@/lib/notifications/notify-kickoff-started";
import { touchPartnershipViews } from "@/lib/partnerships/touch-view";

/**
 * Starts a planned session: it runs live as a kickoff does, with its own title and steps, and is
 * no longer planned. The steps are copied as they stand now (see sessionStepsOf).
 * Facilitators only; refused while another session of the partnership runs.
 */
export async function startPlannedSession(actorId: string, partnershipId: string, plannedSessionId: string) {
  return db.$transaction(async (tx) => {
    await facilitatorOf(tx, actorId, partnershipId);
    // Starts in the same partnership wait for each other here, so only one session runs at a time.
    await tx.$queryRaw`SELECT "id" FROM "Partnership" WHERE "id" = ${partnershipId} FOR UPDATE`;
    const plan = await tx.plannedSession.findFirst({
      where: { id: plannedSessionId, partnershipId },
      include: { steps: { orderBy: { position: "asc" }, select: { kind: true, ownStepId: true } } },
    });
    if (!plan) throw new AppError("NOT_FOUND", { message: `no planned session ${plannedSessionId} in partnership ${partnershipId}` });
    const running = await tx.kickoffSession.findFirst({ where: { partnershipId, status: "RUNNING" }, select: { id: true } });
    if (running) throw new AppError("SESSION_RUNNING", { message: `session ${running.id} is running in partnership ${partnershipId}` });
    const choices = plan.steps.flatMap((step): StepChoice[] =>
      step.kind !== "OWN" ? [{ kind: step.kind }] : step.ownStepId ? [{ ownStepId: step.ownStepId }] : [],
    );
    const steps = await sessionStepsOf(tx, partnershipId, choices);
    // Every step of the plan was removed since: nothing to run.
    if (steps.length === 0) throw new AppError("INVALID", { message: `planned session ${plan.id} has no steps left` });
    const session = await tx.kickoffSession.create({
      data: {
        partnershipId,
        title: plan.title,
        scheduledAt: plan.scheduledAt,
        steps: { create: steps },
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
