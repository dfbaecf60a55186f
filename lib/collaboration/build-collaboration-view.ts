import type { MemberRole } from "@/lib/generated/prisma/enums";
import type { CollaborationData } from "@/lib/collaboration/load-collaboration-data";
import { alignmentMap } from "@/lib/collaboration/alignment-map";
import { coverageMatrix } from "@/lib/collaboration/coverage-matrix";
import { sharedGround } from "@/lib/collaboration/shared-ground";
import { relationOf, visibleAnswers } from "@/lib/leadership/visibility";
import { groupReveals } from "@/lib/reveals/group-reveals";

export type CollaborationViewer = { userId: string; role: MemberRole };
export type CollaborationFilters = { organisation?: string; needId?: string; role?: MemberRole };

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
 * The collaboration view as one viewer may see it: every member's answers filtered through the
 * visibility rule before anything else is derived from them (shared ground counts only visible
 * tags). Filters narrow the member cards and the matrix's columns; gaps and shared ground are
 * always about the whole partnership.
 */
export function buildCollaborationView(data: CollaborationData, viewer: CollaborationViewer, filters: CollaborationFilters = {}) {
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
  const shown = cards.filter(
    (card) =>
      (!filters.organisation || card.organisation === filters.organisation) &&
      (!filters.role || card.role === filters.role) &&
      (!filters.needId || card.needIds.includes(filters.needId)),
  );
  const contributions = data.memberships.flatMap((m) => m.contributions.map((c) => ({ membershipId: m.id, needId: c.needId, note: c.note })));
  const matrix = coverageMatrix({ needs: data.needs, members: cards.map((c) => ({ membershipId: c.membershipId, name: c.name })), contributions });
  const shownIds = new Set(shown.map((card) => card.membershipId));

  return {
    partnership: {
      id: data.id,
      name: data.name,
      commonGoal: data.commonGoal,
      desiredImpact: data.desiredImpact,
      description: data.description,
    },
    needs: data.needs,
    members: shown,
    memberCount: cards.length,
    matrix: {
      columns: shown.map((card) => ({ membershipId: card.membershipId, name: card.name })),
      rows: matrix.map((row) => ({ ...row, cells: row.cells.filter((cell) => shownIds.has(cell.membershipId)) })),
    },
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
    filters,
  };
}

export type CollaborationView = ReturnType<typeof buildCollaborationView>;
