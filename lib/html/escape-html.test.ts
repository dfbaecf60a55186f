import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("writes every character that could start markup or end an attribute as an entity", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  });

  it("leaves other text, including accents and emoji, as it is", () => {
    expect(escapeHtml("Zoë — samen 🌱")).toBe("Zoë — samen 🌱");
  });

  it("escapes an entity written as text, so it shows as typed", () => {
    expect(escapeHtml("&lt;b&gt;")).toBe("&amp;lt;b&amp;gt;");
  });
});
