import { COVERAGE_MARKS, type CoverageStatus } from "@/lib/collaboration/coverage-matrix";
import type { CollaborationView } from "@/lib/collaboration/build-collaboration-view";
import { escapeHtml } from "@/lib/html/escape-html";

export type MatrixLabels = {
  need: string;
  coverage: string;
  /** A cell's text when the member contributes without a note. */
  contributes: string;
  contributesWithNote: (note: string) => string;
  status: (status: CoverageStatus, count: number) => string;
};

/**
 * The header row and the body rows of the needs x members table as HTML. The table repeats per
 * need and member (2,400 cells for 12 needs and 200 members), so it is written as one string
 * instead of thousands of React elements: rendering and the page's payload stay small. Every text
 * that comes from people is escaped; attributes without quotes hold only ids and fixed words. End
 * tags that HTML leaves optional (of cells and rows) are left out, as each one would be repeated
 * thousands of times in the page and again in its payload.
 */
export function matrixHtml(partnershipId: string, { columns, rows }: CollaborationView["matrix"], labels: MatrixLabels) {
  const memberHref = (membershipId: string) => `/partnerships/${partnershipId}/members/${membershipId}`;
  const head = [
    `<tr><th scope=col>${escapeHtml(labels.need)}<th scope=col>${escapeHtml(labels.coverage)}`,
    ...columns.map((member) => `<th scope=col><a href=${memberHref(member.membershipId)}>${escapeHtml(member.name)}</a>`),
  ].join("");
  const contributes = escapeHtml(labels.contributes);
  const cellText = new Map<string, string>();
  const cell = (note: string) => {
    if (!note) return `<td class=yes><span>${contributes}</span>`;
    let html = cellText.get(note);
    if (html === undefined) {
      html = `<td class=yes title="${escapeHtml(note)}"><span>${escapeHtml(labels.contributesWithNote(note))}</span>`;
      cellText.set(note, html);
    }
    return html;
  };
  const body = rows
    .map((row) =>
      [
        `<tr class=${row.status}><th scope=row><span>${escapeHtml(row.title)}</span>`,
        `<td><span class="coverage ${row.status}"><span aria-hidden=true>${COVERAGE_MARKS[row.status]}</span>${escapeHtml(labels.status(row.status, row.contributorCount))}</span>`,
        ...row.cells.map((entry) => (entry.contributes ? cell(entry.note) : "<td>")),
      ].join(""),
    )
    .join("");
  return { head, body };
}
