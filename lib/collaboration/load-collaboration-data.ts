import "server-only";
import { db } from "@/lib/db";
import { MISSION_ANSWERS, PROFILE_ANSWERS } from "@/lib/leadership/answer-selects";
import { REVEAL_COPY } from "@/lib/reveals/load-partnership-reveals";

/**
 * Everything the collaboration view is made of, unfiltered, in a fixed number of queries however
 * many members there are. It never leaves the server as is: buildCollaborationView filters it
 * for the viewer first.
 */
export async function loadCollaborationData(partnershipId: string) {
  const partnership = await db.partnership.findUniqueOrThrow({
    where: { id: partnershipId },
    select: {
      id: true,
      name: true,
      commonGoal: true,
      desiredImpact: true,
      description: true,
      viewVersion: true,
      needs: { orderBy: { position: "asc" }, select: { id: true, title: true, description: true } },
      memberships: {
        orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          role: true,
          organisation: true,
          uniqueRole: true,
          missionRelation: true,
          alignment: true,
          user: { select: { id: true, name: true, profile: { select: PROFILE_ANSWERS }, mission: { select: MISSION_ANSWERS } } },
          contributions: { select: { needId: true, note: true } },
        },
      },
      reveals: { select: REVEAL_COPY },
    },
  });
  return partnership;
}

export type CollaborationData = Awaited<ReturnType<typeof loadCollaborationData>>;
