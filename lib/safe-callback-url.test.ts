import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackUrl("/partnerships/abc/kickoff?x=1#now")).toBe("/partnerships/abc/kickoff?x=1#now");
    expect(safeCallbackUrl("/profile")).toBe("/profile");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "profile",
    "",
    "/.//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/./\\evil.example",
  ])("sends %j home instead of to another site", (value) => {
    const target = safeCallbackUrl(value);
    expect(target).toMatch(/^\/(?![/\\])/);
    expect(new URL(target, "https://samenspel.example").origin).toBe("https://samenspel.example");
  });

  it("sends anything that is not a string home", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(["/profile"])).toBe("/");
  });
});
