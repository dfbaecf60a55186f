import type { OverviewCard } from "@/lib/collaboration/build-overview";
import { escapeHtml } from "@/lib/html/escape-html";

export type MemberCardLabels = {
  you: string;
  facilitator: string;
  missionEmpty: string;
  missionHidden: string;
  uniqueRole: string;
  notFilledIn: string;
  alignment: string;
  alignmentValue: (value: number) => string;
  alignmentNone: string;
  completeYourRole: string;
};

/**
 * The collaboration view's page of member cards as HTML: each member beside the common goal,
 * compact (name linking to the member's page, organisation, mission statement cut short, unique
 * role, alignment as five dots and in words). A page of cards would otherwise be hundreds of React
 * elements rendered and sent twice on every request, as the matrix would (see matrix-html.ts).
 * Every text from people is escaped; unquoted attributes hold only ids and fixed words. Styled by
 * the .member-card rules in globals.css.
 */
export function memberCardsHtml(partnershipId: string, cards: readonly OverviewCard[], labels: MemberCardLabels): string {
  const fixed = {
    you: `<span class="tag tag-you">${escapeHtml(labels.you)}</span>`,
    facilitator: `<span class="tag tag-facilitator">${escapeHtml(labels.facilitator)}</span>`,
    missionEmpty: `<p class="statement empty">${escapeHtml(labels.missionEmpty)}</p>`,
    missionHidden: `<p class="statement empty">${escapeHtml(labels.missionHidden)}</p>`,
    uniqueRole: `<dt>${escapeHtml(labels.uniqueRole)}<dd`,
    notFilledIn: ` class=empty>${escapeHtml(labels.notFilledIn)}`,
    alignment: `<dt>${escapeHtml(labels.alignment)}<dd class=alignment>`,
    completeYourRole: `<a href=/partnerships/${partnershipId}/role class="no-print text-sm font-medium text-brand-700 underline">${escapeHtml(labels.completeYourRole)}</a>`,
  };
  return cards
    .map((card) => {
      const id = `member-${card.membershipId}`;
      const statement = card.statement ? `<p class=statement>“${escapeHtml(card.statement)}”</p>` : card.statementShared ? fixed.missionEmpty : fixed.missionHidden;
      const alignment = card.alignment ? escapeHtml(labels.alignmentValue(card.alignment)) : escapeHtml(labels.alignmentNone);
      return [
        `<article aria-labelledby=${id} class="${card.isViewer ? "member-card is-viewer" : "member-card"}"><header>`,
        `<h3 id=${id}><a href=/partnerships/${partnershipId}/members/${card.membershipId}>${escapeHtml(card.name)}</a></h3>`,
        card.isViewer ? fixed.you : "",
        card.role === "FACILITATOR" ? fixed.facilitator : "",
        card.organisation ? `<p class=org>${escapeHtml(card.organisation)}</p>` : "",
        "</header>",
        statement,
        `<dl class=facts>${fixed.uniqueRole}${card.uniqueRole ? `>${escapeHtml(card.uniqueRole)}` : fixed.notFilledIn}`,
        `${fixed.alignment}${alignmentDots(card.alignment)}${alignment}</dl>`,
        card.roleMissing ? fixed.completeYourRole : "",
        "</article>",
      ].join("");
    })
    .join("");
}

/** Alignment 1–5 as five dots, hidden from screen readers (the number is said beside them); as AlignmentDots. */
function alignmentDots(value: number | null): string {
  let dots = "";
  for (let level = 1; level <= 5; level++) dots += value !== null && level <= value ? "<i class=on></i>" : "<i></i>";
  return `<span class=dots aria-hidden=true>${dots}</span>`;
}
