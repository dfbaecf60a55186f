import "server-only";
import { db } from "@/lib/db";

/** The partnerships a user belongs to, newest first, with their role and the member count. */
export async function listMyPartnerships(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: [{ joinedAt: "desc" }, { id: "asc" }],
    select: {
      role: true,
      partnership: {
        select: {
          id: true,
          name: true,
          commonGoal: true,
          _count: { select: { memberships: true } },
          kickoffs: { where: { status: "RUNNING" }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  return memberships.map(({ role, partnership }) => ({
    id: partnership.id,
    name: partnership.name,
    commonGoal: partnership.commonGoal,
    role,
    memberCount: partnership._count.memberships,
    kickoffRunning: partnership.kickoffs.length > 0,
  }));
}
