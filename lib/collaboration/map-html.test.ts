import { describe, expect, it } from "vitest";
import type { MapLayout } from "@/lib/collaboration/alignment-map";
import { initials, mapListHtml, mapMembersSvg } from "@/lib/collaboration/map-html";

const member = (membershipId: string, name: string, alignment: number | null): MapLayout["members"][number] => ({ membershipId, name, alignment, x: 100, y: 120, radius: 16 });

describe("mapMembersSvg", () => {
  const members = [member("m1", "Olga <script>alert(1)</script> Waterschap", 4), member("m2", "Piet Gemeente", 2)];

  it("escapes names, colours the viewer's circle and dims the members left out", () => {
    const svg = mapMembersSvg(members, new Set(["m1"]), "m2");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("<title>Olga &lt;script&gt;alert(1)&lt;/script&gt; Waterschap</title>");
    expect(svg).toContain('<g opacity="1"><circle cx="100" cy="120" r="16" fill="#17655f"');
    expect(svg).toContain('<g opacity="0.35"><circle cx="100" cy="120" r="16" fill="#d48a1a"');
    expect(svg).toContain(">PG</text>");
  });

  it("leaves out initials and draws smaller circles when more than 30 members share the map", () => {
    const many = Array.from({ length: 31 }, (_, i) => member(`m${i}`, `Member ${i}`, 3));
    const svg = mapMembersSvg(many, new Set(), undefined);
    expect(svg).not.toContain("<text");
    expect(svg.match(/<circle /g)).toHaveLength(31);
    expect(svg).toContain('r="9"');
  });
});

describe("mapListHtml", () => {
  it("lists the best aligned first, then by name, each line escaped", () => {
    const html = mapListHtml([member("a", "Zoë", 2), member("b", "Bram & co", null), member("c", "Anna", 5), member("d", "Ahmed", 2)], (m) => `${m.name}: ${m.alignment ?? "none"}`);
    expect(html).toBe("<li>Anna: 5</li><li>Ahmed: 2</li><li>Zoë: 2</li><li>Bram &amp; co: none</li>");
  });
});

describe("initials", () => {
  it("takes the first letters of up to two capitalised parts", () => {
    expect(initials("Olga van Dijk")).toBe("OD");
    expect(initials("Anna Maria Jansen")).toBe("AM");
    expect(initials("bram")).toBe("");
  });
});
