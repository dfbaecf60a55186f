import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

describe("negotiateLocale", () => {
  it("falls back to English without a header or without a language the app speaks", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale("fr-FR,fr;q=0.9,de;q=0.8")).toBe("en");
  });

  it("takes the most preferred language the app speaks, whatever the region", () => {
    expect(negotiateLocale("nl-NL,nl;q=0.9,en;q=0.8")).toBe("nl");
    expect(negotiateLocale("nl-BE")).toBe("nl");
    expect(negotiateLocale("fr-FR, en-GB;q=0.7, nl;q=0.5")).toBe("en");
    expect(negotiateLocale("de, nl;q=0.4")).toBe("nl");
  });

  it("weighs by q-value rather than by order, and ignores q=0", () => {
    expect(negotiateLocale("en;q=0.3, nl;q=0.9")).toBe("nl");
    expect(negotiateLocale("nl;q=0, en;q=0.1")).toBe("en");
    expect(negotiateLocale("NL")).toBe("nl");
  });
});
