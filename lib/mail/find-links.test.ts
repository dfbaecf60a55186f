import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/mail/find-links";

describe("findLinks", () => {
  it("finds each http(s) URL once, without the sentence's punctuation", () => {
    const text = "Reset: https://app.example.org/reset/abc?x=1.\nOr see (http://localhost:3000/a). Again https://app.example.org/reset/abc?x=1";
    expect(findLinks(text)).toEqual(["https://app.example.org/reset/abc?x=1", "http://localhost:3000/a"]);
  });

  it("finds nothing in text without links", () => {
    expect(findLinks("Hello, no links here. mailto:x@example.org")).toEqual([]);
  });
});
