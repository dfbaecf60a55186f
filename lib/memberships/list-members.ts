import "server-only";
import { db } from "@/lib/db";
import { logRefusals } from "@/lib/memberships/log-refusals";
import { memberOf } from "@/lib/memberships/member-of";

/** Everyone in the partnership with their organisation and role, facilitators first; members only. */
export async function listMembers(actorId: string, partnershipId: string) {
  return logRefusals("members.list", { actorId, partnershipId }, async () => {
    await memberOf(db, actorId, partnershipId);
    const memberships = await db.membership.findMany({
      where: { partnershipId },
      orderBy: [{ role: "asc" }, { joinedAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true, role: true, organisation: true, joinedAt: true, user: { select: { name: true } } },
    });
    return memberships.map(({ user, ...membership }) => ({ ...membership, name: user.name }));
  });
}
