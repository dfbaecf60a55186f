import { describe, expect, it } from "vitest";
import { coverageMatrix } from "./coverage-matrix";
import { matrixHtml, type MatrixLabels } from "./matrix-html";

const labels: MatrixLabels = {
  need: "Need",
  coverage: "Coverage",
  contributes: "Contributes",
  contributesWithNote: (note) => `Contributes: ${note}`,
  status: (status, count) => `${status} ${count}`,
};

function matrixOf(input: Parameters<typeof coverageMatrix>[0]) {
  return { columns: input.members, rows: coverageMatrix(input) };
}

describe("matrixHtml", () => {
  const members = [
    { membershipId: "m1", name: "Anna <img src=x onerror=alert(1)>" },
    { membershipId: "m2", name: "Bram" },
    { membershipId: "m3", name: "Fatima" },
  ];
  const needs = [
    { id: "n1", title: "Funding & <b>space</b>" },
    { id: "n2", title: "Data" },
  ];
  const contributions = [
    { membershipId: "m1", needId: "n1", note: `"Quoted" <script>alert(1)</script>` },
    { membershipId: "m3", needId: "n1", note: "" },
  ];
  const { head, body } = matrixHtml("p1", matrixOf({ needs, members, contributions }), labels);

  it("writes every name, need and note from people as text, never as markup", () => {
    const html = head + body;
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(head).toContain("Anna &lt;img src=x onerror=alert(1)&gt;");
    expect(body).toContain("Funding &amp; &lt;b&gt;space&lt;/b&gt;");
    expect(body).toContain('title="&quot;Quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it("heads a column per member with a link to the member's page", () => {
    expect(head.match(/<th scope=col>/g)).toHaveLength(2 + members.length);
    expect(head).toContain("<a href=/partnerships/p1/members/m2>Bram</a>");
  });

  it("gives each need a row with its coverage and one cell per member, marking who contributes", () => {
    const rows = body.split(/(?=<tr )/);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^<tr class=shared><th scope=row>/);
    expect(rows[0]).toContain("shared 2");
    expect(rows[0]!.match(/<td/g)).toHaveLength(1 + members.length);
    expect(rows[0]!.match(/<td class=yes/g)).toHaveLength(2);
    expect(rows[0]!.endsWith("<td class=yes><span>Contributes</span>")).toBe(true);
    expect(rows[1]).toMatch(/^<tr class=gap>/);
    expect(rows[1]).toContain("gap 0");
    expect(rows[1]!.match(/<td class=yes/g)).toBeNull();
  });
});
