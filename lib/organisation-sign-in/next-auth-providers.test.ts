import { describe, expect, it } from "vitest";
import { nextAuthProvider, organisationClaims } from "@/lib/organisation-sign-in/next-auth-providers";

describe("an organisation's provider for next-auth", () => {
  it("is an OpenID Connect client with discovery, ID token, PKCE and state", () => {
    const provider = nextAuthProvider({ id: "entra", name: "Provincie", issuer: "https://login.microsoftonline.com/tenant/v2.0", clientId: "app", clientSecret: "secret" });
    expect(provider).toMatchObject({
      id: "entra",
      name: "Provincie",
      type: "oauth",
      wellKnown: "https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration",
      idToken: true,
      checks: ["pkce", "state"],
    });
  });

  it("takes an address as verified only when the provider says so", () => {
    const base = { sub: "abc", email: "kim@provincie.example", name: "Kim" };
    expect(organisationClaims("entra", { ...base, email_verified: true }, "abc").emailVerified).toBe(true);
    expect(organisationClaims("entra", { ...base, email_verified: "true" }, "abc").emailVerified).toBe(true);
    // Microsoft Entra ID's optional claim: the tenant has verified the address's domain.
    expect(organisationClaims("entra", { ...base, xms_edov: true }, "abc").emailVerified).toBe(true);
    expect(organisationClaims("entra", base, "abc").emailVerified).toBe(false);
    expect(organisationClaims("entra", { ...base, email_verified: false }, "abc").emailVerified).toBe(false);
    expect(organisationClaims("entra", { ...base, email_verified: 1 }, "abc").emailVerified).toBe(false);
  });

  it("ignores claims of the wrong type", () => {
    expect(organisationClaims("entra", { sub: "abc", email: ["a@b.example"], name: 42 }, "abc")).toEqual({
      provider: "entra",
      subject: "abc",
      email: null,
      emailVerified: false,
      name: null,
    });
    expect(organisationClaims("entra", undefined, "abc").email).toBeNull();
  });
});
