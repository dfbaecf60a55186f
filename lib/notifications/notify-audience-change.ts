import "server-only";
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";

/**
 * Tells members that a new facilitator can read their "Facilitators" answers (from
 * recordAudienceChange, beside the audience notices): who and where, never which answer says what.
 */
export async function notifyAudienceChange(tx: Tx, input: { partnershipId: string; readerId: string; userIds: string[] }) {
  if (input.userIds.length === 0) return;
  const partnership = await tx.partnership.findUnique({
    where: { id: input.partnershipId },
    select: { name: true, memberships: { where: { userId: input.readerId }, select: { user: { select: { name: true } } } } },
  });
  if (!partnership) return;
  await notify(tx, {
    userIds: input.userIds,
    kind: "AUDIENCE_CHANGE",
    partnershipId: input.partnershipId,
    data: { partnershipName: partnership.name, readerName: partnership.memberships[0]?.user.name ?? "", readerId: input.readerId },
  });
}
