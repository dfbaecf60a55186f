import "server-only";
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";

/** Tells every other member that a kickoff started: from startKickoff's transaction, constant queries. */
export async function notifyKickoffStarted(tx: Tx, input: { actorId: string; partnershipId: string; kickoffId: string }) {
  const partnership = await tx.partnership.findUnique({
    where: { id: input.partnershipId },
    select: { name: true, memberships: { select: { userId: true, user: { select: { name: true } } } } },
  });
  if (!partnership) return;
  const starter = partnership.memberships.find((membership) => membership.userId === input.actorId);
  await notify(tx, {
    userIds: partnership.memberships.map((membership) => membership.userId).filter((userId) => userId !== input.actorId),
    kind: "KICKOFF_STARTED",
    partnershipId: input.partnershipId,
    data: { partnershipName: partnership.name, starterName: starter?.user.name ?? "", kickoffId: input.kickoffId },
  });
}
