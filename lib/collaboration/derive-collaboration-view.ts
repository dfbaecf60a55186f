import type { MemberRole } from "@/lib/generated/prisma/enums";
import type { CollaborationData } from "@/lib/collaboration/load-collaboration-data";
import { alignmentMap } from "@/lib/collaboration/alignment-map";
import { coverageMatrix } from "@/lib/collaboration/coverage-matrix";
import { sharedGround } from "@/lib/collaboration/shared-ground";
import { relationOf, visibleAnswers } from "@/lib/leadership/visibility";
import { groupReveals } from "@/lib/reveals/group-reveals";

export type CollaborationViewer = { userId: string; role: MemberRole };

export type MemberCard = {
  membershipId: string;
  name: string;
  organisation: string;
  role: MemberRole;
  isViewer: boolean;
  /** The personal mission statement, present only when the viewer may read it. */
  statement: string | null;
  /** Whether the owner shares the statement with this viewer (it may still be empty). */
  statementShared: boolean;
  uniqueRole: string;
  missionRelation: string;
  alignment: number | null;
  completeness: number;
  needIds: string[];
};

/**
 * The collaboration view as one viewer may see it, before any search or filter: every member's
 * answers filtered through the visibility rule before anything else is derived from them (shared
 * ground counts only visible tags). What it holds depends on the partnership's data (one version
 * of it) and on who the viewer is and their role, nothing else: it may be kept under that key.
 */
export function deriveCollaborationView(data: CollaborationData, viewer: CollaborationViewer) {
  const revealed = groupReveals(data.reveals);
  const everyone = data.memberships.map((membership) => {
    const seen = visibleAnswers({
      profile: membership.user.profile,
      mission: membership.user.mission,
      relation: relationOf(viewer, membership.user.id),
      revealed: revealed.get(membership.user.id),
    });
    const card: MemberCard = {
      membershipId: membership.id,
      name: membership.user.name,
      organisation: membership.organisation,
      role: membership.role,
      isViewer: membership.user.id === viewer.userId,
      statement: seen.answers.statement ?? null,
      statementShared: seen.visibility.statement !== undefined,
      uniqueRole: membership.uniqueRole,
      missionRelation: membership.missionRelation,
      alignment: membership.alignment,
      completeness: seen.completeness,
      needIds: membership.contributions.map((c) => c.needId),
    };
    return { card, skillTags: seen.skillTags, valueTags: seen.valueTags };
  });

  const cards = everyone.map((entry) => entry.card);
  const contributions = data.memberships.flatMap((m) => m.contributions.map((c) => ({ membershipId: m.id, needId: c.needId, note: c.note })));
  return {
    partnership: {
      id: data.id,
      name: data.name,
      commonGoal: data.commonGoal,
      desiredImpact: data.desiredImpact,
      description: data.description,
    },
    needs: data.needs,
    cards,
    coverage: coverageMatrix({ needs: data.needs, members: cards.map((c) => ({ membershipId: c.membershipId, name: c.name })), contributions }),
    values: sharedGround(everyone.map((e) => ({ membershipId: e.card.membershipId, name: e.card.name, tags: e.valueTags }))),
    skills: sharedGround(everyone.map((e) => ({ membershipId: e.card.membershipId, name: e.card.name, tags: e.skillTags }))),
    map: alignmentMap({
      needs: data.needs,
      members: cards.map((card) => ({ membershipId: card.membershipId, name: card.name, alignment: card.alignment, needIds: card.needIds })),
    }),
    filterOptions: {
      organisations: [...new Set(cards.map((c) => c.organisation).filter(Boolean))].sort((a, b) => a.localeCompare(b)),
      needs: data.needs.map((need) => ({ id: need.id, title: need.title })),
    },
  };
}

export type DerivedCollaborationView = ReturnType<typeof deriveCollaborationView>;
