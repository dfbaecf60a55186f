import { describe, expect, it } from "vitest";
import type { OverviewCard } from "./build-overview";
import { memberCardsHtml, type MemberCardLabels } from "./member-cards-html";

const labels: MemberCardLabels = {
  you: "You",
  facilitator: "Facilitator",
  missionEmpty: "Not written yet",
  missionHidden: "Not shared with you",
  uniqueRole: "Unique role",
  notFilledIn: "Not filled in yet",
  alignment: "Alignment with the goal",
  alignmentValue: (value) => `${value} of 5`,
  alignmentNone: "Not rated",
  completeYourRole: "Add your unique role",
};

function card(overrides: Partial<OverviewCard>): OverviewCard {
  return {
    membershipId: "m1",
    name: "Anna",
    organisation: "Gemeente",
    role: "MEMBER",
    isViewer: false,
    statement: "Dry feet for all",
    statementShared: true,
    uniqueRole: "Connector",
    alignment: 3,
    roleMissing: false,
    ...overrides,
  } as OverviewCard;
}

describe("memberCardsHtml", () => {
  it("writes names, organisations, statements and roles from people as text, never as markup", () => {
    const html = memberCardsHtml("p1", [card({ name: '<img src=x onerror="alert(1)">', organisation: "A & B", statement: "</p><script>x</script>", uniqueRole: "<b>bold</b>" })], labels);
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("<p class=org>A &amp; B</p>");
    expect(html).toContain("“&lt;/p&gt;&lt;script&gt;x&lt;/script&gt;”");
  });

  it("names each card by its heading, which links to the member's page", () => {
    const html = memberCardsHtml("p1", [card({ membershipId: "m7", name: "Bram" })], labels);
    expect(html).toContain('<article aria-labelledby=member-m7 class="member-card">');
    expect(html).toContain("<h3 id=member-m7><a href=/partnerships/p1/members/m7>Bram</a></h3>");
  });

  it("marks the viewer and facilitators, and offers the viewer to complete a missing role", () => {
    const html = memberCardsHtml("p1", [card({ isViewer: true, role: "FACILITATOR", uniqueRole: "", alignment: null, roleMissing: true })], labels);
    expect(html).toContain('class="member-card is-viewer"');
    expect(html).toContain('<span class="tag tag-you">You</span><span class="tag tag-facilitator">Facilitator</span>');
    expect(html).toContain("<dt>Unique role<dd class=empty>Not filled in yet");
    expect(html).toContain("Not rated</dl>");
    expect(html).toContain("<a href=/partnerships/p1/role");
  });

  it("tells a statement not written from one not shared with the viewer", () => {
    expect(memberCardsHtml("p1", [card({ statement: null, statementShared: true })], labels)).toContain("Not written yet");
    expect(memberCardsHtml("p1", [card({ statement: null, statementShared: false })], labels)).toContain("Not shared with you");
  });

  it("shows alignment as five dots, as many lit as the rating, and says the rating", () => {
    const html = memberCardsHtml("p1", [card({ alignment: 4 })], labels);
    expect(html.match(/<i class=on><\/i>/g)).toHaveLength(4);
    expect(html.match(/<i><\/i>/g)).toHaveLength(1);
    expect(html).toContain("4 of 5</dl>");
  });
});
