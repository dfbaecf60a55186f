import "server-only";
import type { Tx } from "@/lib/db";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";

/**
 * A member's role changed (from changeMemberRole's transaction). The member is told, unless they
 * changed it themselves (stepping down). A promotion is news for everyone, since a facilitator
 * leads the partnership and reads "Facilitators" answers: the other members are told too (the
 * acting facilitator excepted). A demotion is told to the member only. Constant queries.
 */
export async function notifyRoleChange(tx: Tx, input: { actorId: string; partnershipId: string; subjectUserId: string; role: MemberRole }) {
  const partnership = await tx.partnership.findUnique({
    where: { id: input.partnershipId },
    select: { name: true, memberships: { select: { userId: true, user: { select: { name: true } } } } },
  });
  if (!partnership) return;
  const nameOf = (userId: string) => partnership.memberships.find((membership) => membership.userId === userId)?.user.name ?? "";
  const data = { partnershipName: partnership.name, actorName: nameOf(input.actorId), subjectName: nameOf(input.subjectUserId), subjectUserId: input.subjectUserId, role: input.role };
  if (input.subjectUserId !== input.actorId) {
    await notify(tx, { userId: input.subjectUserId, kind: "ROLE_CHANGE", partnershipId: input.partnershipId, data: { ...data, you: true } });
  }
  if (input.role !== "FACILITATOR") return;
  const others = partnership.memberships.map((membership) => membership.userId).filter((userId) => userId !== input.actorId && userId !== input.subjectUserId);
  await notify(tx, { userIds: others, kind: "ROLE_CHANGE", partnershipId: input.partnershipId, data: { ...data, you: false } });
}
