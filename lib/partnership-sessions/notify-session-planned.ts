import "server-only";
import type { Tx } from "@/lib/db";
import { plannedSessionEmail } from "@/lib/mail/messages/planned-session";
import { notify } from "@/lib/notifications/notify";

/**
 * Tells members of a planned session's partnership about it, from the transaction that planned it
 * (everyone but the planner) or that claimed its reminder (everyone): by their preference for
 * planned sessions, an email with the time in the partnership's zone, the Sessions page and the
 * calendar file. Names and links only.
 */
export async function notifySessionPlanned(tx: Tx, input: { plannedSessionId: string; actorId?: string; reminder?: boolean }) {
  const plan = await tx.plannedSession.findUniqueOrThrow({
    where: { id: input.plannedSessionId },
    select: {
      id: true,
      title: true,
      scheduledAt: true,
      partnership: { select: { id: true, name: true, timeZone: true, memberships: { select: { userId: true, user: { select: { name: true } } } } } },
    },
  });
  const { partnership } = plan;
  const reminder = input.reminder ?? false;
  const plannerName = partnership.memberships.find((membership) => membership.userId === input.actorId)?.user.name ?? null;
  return notify(tx, {
    userIds: partnership.memberships.map((membership) => membership.userId).filter((userId) => userId !== input.actorId),
    kind: "SESSION_PLANNED",
    partnershipId: partnership.id,
    data: {
      partnershipName: partnership.name,
      title: plan.title,
      plannedSessionId: plan.id,
      scheduledAt: plan.scheduledAt.toISOString(),
      timeZone: partnership.timeZone,
      reminder,
    },
    email: (recipient) =>
      plannedSessionEmail({
        ...recipient,
        partnershipId: partnership.id,
        partnershipName: partnership.name,
        plannedSessionId: plan.id,
        title: plan.title,
        scheduledAt: plan.scheduledAt,
        timeZone: partnership.timeZone,
        plannerName,
        reminder,
      }),
  });
}
