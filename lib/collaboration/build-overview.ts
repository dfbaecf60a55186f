import type { CollaborationView } from "@/lib/collaboration/build-collaboration-view";
import { cutShort } from "@/lib/collaboration/cut-short";
import { hasFilters } from "@/lib/collaboration/match-member";
import { pageOf } from "@/lib/collaboration/page-of";

export const MEMBERS_PER_PAGE = 24;
/** How many of the most widely held values and skills the overview names. */
export const STRONGEST_SHARED = 6;

/**
 * What the collaboration view's default page shows of a viewer's view: the whole at a glance
 * (goal, needs with their coverage, the strongest shared ground) and one page of compact member
 * cards whose mission statements are cut short here, on the server, so the full text is not sent.
 * The matrix, the map and the full shared ground have pages of their own.
 */
export function buildOverview(view: CollaborationView, page: number) {
  const members = pageOf(view.members, page, MEMBERS_PER_PAGE);
  const strongest = (ground: CollaborationView["values"]) => ({
    top: ground.shared.slice(0, STRONGEST_SHARED).map(({ tag, count }) => ({ tag, count })),
    more: Math.max(0, ground.shared.length - STRONGEST_SHARED) + ground.unique.length,
  });
  return {
    partnership: view.partnership,
    coverage: view.matrix.rows.map(({ needId, title, status, contributorCount }) => ({ needId, title, status, contributorCount })),
    members: {
      ...members,
      items: members.items.map((card) => ({
        membershipId: card.membershipId,
        name: card.name,
        organisation: card.organisation,
        role: card.role,
        isViewer: card.isViewer,
        statement: card.statement === null ? null : cutShort(card.statement),
        statementShared: card.statementShared,
        uniqueRole: cutShort(card.uniqueRole),
        alignment: card.alignment,
        roleMissing: card.isViewer && (!card.uniqueRole || card.alignment === null),
      })),
    },
    memberCount: view.memberCount,
    filtered: hasFilters(view.filters),
    values: strongest(view.values),
    skills: strongest(view.skills),
    filterOptions: view.filterOptions,
    filters: view.filters,
  };
}

export type Overview = ReturnType<typeof buildOverview>;
export type OverviewCard = Overview["members"]["items"][number];
