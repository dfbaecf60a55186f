import "server-only";
import { coverageMatrix } from "@/lib/collaboration/coverage-matrix";
import { db } from "@/lib/db";
import { MISSION_ANSWERS, PROFILE_ANSWERS } from "@/lib/leadership/answer-selects";
import { visibleAnswers } from "@/lib/leadership/visibility";
import { facilitatorOf } from "@/lib/memberships/member-of";
import { loadPartnershipReveals } from "@/lib/reveals/load-partnership-reveals";

/**
 * Everything the kickoff report and the exports show of a partnership; facilitators only. Every
 * member's answers are read as a facilitator reads them (the facilitator's own included: a report
 * is a document that gets printed and passed on), so "only me" answers never appear unless their
 * owner revealed them to the partnership.
 */
export async function loadPartnershipReport(actorId: string, partnershipId: string) {
  await facilitatorOf(db, actorId, partnershipId);
  const [partnership, reveals] = await Promise.all([
    db.partnership.findUniqueOrThrow({
      where: { id: partnershipId },
      select: {
        id: true,
        name: true,
        commonGoal: true,
        desiredImpact: true,
        description: true,
        createdAt: true,
        needs: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, title: true, description: true } },
        memberships: {
          orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            userId: true,
            role: true,
            organisation: true,
            uniqueRole: true,
            missionRelation: true,
            alignment: true,
            joinedAt: true,
            contributions: { select: { needId: true, note: true } },
            user: { select: { name: true, profile: { select: PROFILE_ANSWERS }, mission: { select: MISSION_ANSWERS } } },
          },
        },
        agreements: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, text: true, createdAt: true } },
        kickoffs: {
          orderBy: [{ startedAt: "desc" }, { id: "asc" }],
          select: {
            status: true,
            startedAt: true,
            endedAt: true,
            steps: { orderBy: { position: "asc" }, select: { kind: true, title: true, durationMinutes: true, skipped: true } },
          },
        },
      },
    }),
    loadPartnershipReveals(partnershipId),
  ]);

  const members = partnership.memberships.map((membership) => ({
    membershipId: membership.id,
    name: membership.user.name,
    role: membership.role,
    organisation: membership.organisation,
    uniqueRole: membership.uniqueRole,
    missionRelation: membership.missionRelation,
    alignment: membership.alignment,
    joinedAt: membership.joinedAt,
    contributions: membership.contributions,
    seen: visibleAnswers({
      profile: membership.user.profile,
      mission: membership.user.mission,
      relation: "facilitator",
      revealed: reveals.get(membership.userId),
    }),
  }));
  const coverage = coverageMatrix({
    needs: partnership.needs,
    members: members.map((member) => ({ membershipId: member.membershipId, name: member.name })),
    contributions: members.flatMap((member) => member.contributions.map((c) => ({ membershipId: member.membershipId, needId: c.needId, note: c.note }))),
  });

  return {
    partnership: {
      id: partnership.id,
      name: partnership.name,
      commonGoal: partnership.commonGoal,
      desiredImpact: partnership.desiredImpact,
      description: partnership.description,
      createdAt: partnership.createdAt,
    },
    needs: partnership.needs,
    members,
    coverage,
    agreements: partnership.agreements,
    kickoffs: partnership.kickoffs,
  };
}

export type PartnershipReport = Awaited<ReturnType<typeof loadPartnershipReport>>;
