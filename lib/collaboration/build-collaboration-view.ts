import type { CollaborationData } from "@/lib/collaboration/load-collaboration-data";
import { deriveCollaborationView, type CollaborationViewer, type DerivedCollaborationView } from "@/lib/collaboration/derive-collaboration-view";
import { hasFilters, matchMember, type CollaborationFilters } from "@/lib/collaboration/match-member";

export type { CollaborationFilters, CollaborationViewer };
export type { MemberCard } from "@/lib/collaboration/derive-collaboration-view";

/**
 * The collaboration view as one viewer may see it (see deriveCollaborationView), narrowed by the
 * search and filters: they narrow the member cards and the matrix's columns; gaps and shared
 * ground are always about the whole partnership.
 */
export function buildCollaborationView(data: CollaborationData, viewer: CollaborationViewer, filters: CollaborationFilters = {}) {
  return narrowCollaborationView(deriveCollaborationView(data, viewer), filters);
}

/** The search and filters applied to a viewer's derived view: cheap, so done for every request. */
export function narrowCollaborationView(view: DerivedCollaborationView, filters: CollaborationFilters = {}) {
  const narrowed = hasFilters(filters);
  const shown = narrowed ? view.cards.filter((card) => matchMember(card, filters)) : view.cards;
  const shownIds = new Set(shown.map((card) => card.membershipId));
  return {
    partnership: view.partnership,
    needs: view.needs,
    members: shown,
    memberCount: view.cards.length,
    matrix: {
      columns: shown.map((card) => ({ membershipId: card.membershipId, name: card.name })),
      rows: narrowed ? view.coverage.map((row) => ({ ...row, cells: row.cells.filter((cell) => shownIds.has(cell.membershipId)) })) : view.coverage,
    },
    values: view.values,
    skills: view.skills,
    map: view.map,
    filterOptions: view.filterOptions,
    filters,
  };
}

export type CollaborationView = ReturnType<typeof buildCollaborationView>;
