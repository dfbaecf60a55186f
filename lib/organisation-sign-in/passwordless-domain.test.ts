import { describe, expect, it } from "vitest";
import { emailDomain, isPasswordlessEmail } from "@/lib/organisation-sign-in/passwordless-domain";

describe("passwordless domains", () => {
  const domains = ["provincie.example"];

  it("matches the domain after the last @, in any case", () => {
    expect(isPasswordlessEmail("kim@provincie.example", domains)).toBe(true);
    expect(isPasswordlessEmail("Kim@Provincie.EXAMPLE", domains)).toBe(true);
    expect(isPasswordlessEmail("\"a@b\"@provincie.example", domains)).toBe(true);
  });

  it("does not match other domains, subdomains or look-alikes", () => {
    expect(isPasswordlessEmail("kim@sub.provincie.example", domains)).toBe(false);
    expect(isPasswordlessEmail("kim@provincie.example.org", domains)).toBe(false);
    expect(isPasswordlessEmail("kim@gemeente.example", domains)).toBe(false);
    expect(isPasswordlessEmail("kim@provincie.example", [])).toBe(false);
    expect(isPasswordlessEmail("", domains)).toBe(false);
  });

  it("names the domain", () => {
    expect(emailDomain("Kim@Provincie.Example")).toBe("provincie.example");
  });
});
